import { MemberLink } from "@/components/beheer/member-link";
import { beheerLocale } from "@/lib/auth/session";
import { beheerMessages } from "@/lib/i18n/beheer";

import { requestReset } from "../auth-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForgotPage({ searchParams }: Props) {
  const sp = await searchParams;
  const t = beheerMessages(await beheerLocale());
  return (
    <main id="main">
      <h1>{t.forgotTitle}</h1>
      {sp.verstuurd ? (
        <p className="notice" role="status">
          {t.forgotSent}
        </p>
      ) : (
        <p>{t.forgotIntro}</p>
      )}
      {sp.fout === "te-veel" && (
        <p className="problem" role="alert">
          {t.tooMany}
        </p>
      )}
      <form action={requestReset} className="form">
        <div className="field">
          <label htmlFor="email">{t.email}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <button type="submit" className="primary">
          {t.send}
        </button>
      </form>
      <p>
        <MemberLink href="/beheer/inloggen">{t.signIn}</MemberLink>
      </p>
    </main>
  );
}
