import { MemberLink } from "@/components/beheer/member-link";
import { beheerLocale } from "@/lib/auth/session";
import { beheerMessages } from "@/lib/i18n/beheer";

import { resetPassword } from "../auth-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPage({ searchParams }: Props) {
  const sp = await searchParams;
  const t = beheerMessages(await beheerLocale());
  const token = typeof sp.token === "string" ? sp.token : "";
  const error =
    sp.fout === "kort"
      ? t.passwordShort
      : sp.fout === "anders"
        ? t.passwordsDiffer
        : sp.fout || !token
          ? t.resetBad
          : null;
  return (
    <main id="main">
      <h1>{t.resetTitle}</h1>
      {error && (
        <p className="problem" role="alert">
          {error}{" "}
          {(sp.fout === "link" || !token) && (
            <MemberLink href="/beheer/wachtwoord-vergeten">{t.forgotTitle}</MemberLink>
          )}
        </p>
      )}
      {token && (
        <form action={resetPassword} className="form">
          <input type="hidden" name="token" value={token} />
          <div className="field">
            <label htmlFor="password">{t.newPassword}</label>
            <input id="password" name="password" type="password" autoComplete="new-password" minLength={10} required />
          </div>
          <div className="field">
            <label htmlFor="repeat">{t.repeatPassword}</label>
            <input id="repeat" name="repeat" type="password" autoComplete="new-password" minLength={10} required />
          </div>
          <button type="submit" className="primary">
            {t.save}
          </button>
        </form>
      )}
    </main>
  );
}
