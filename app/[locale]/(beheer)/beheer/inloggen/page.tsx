import { MemberLink } from "@/components/beheer/member-link";
import { beheerLocale, currentActor, safeBackPath } from "@/lib/auth/session";
import { beheerMessages } from "@/lib/i18n/beheer";
import { redirectInLocale } from "@/lib/i18n/redirect-in-locale";

import { signIn } from "../auth-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  const t = beheerMessages(await beheerLocale());
  const back = safeBackPath(typeof sp.terug === "string" ? sp.terug : undefined);
  if (await currentActor()) return redirectInLocale(back);
  const error =
    sp.fout === "te-veel" ? t.tooMany : sp.fout === "demo" ? t.demoRefused : sp.fout ? t.signInFailed : null;
  return (
    <main id="main">
      <h1>{t.signIn}</h1>
      <p>{t.signInIntro}</p>
      {sp.reset && (
        <p className="notice" role="status">
          {t.resetDone}
        </p>
      )}
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      <form action={signIn} className="form">
        <input type="hidden" name="terug" value={back} />
        <div className="field">
          <label htmlFor="email">{t.email}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="password">{t.password}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button type="submit" className="primary">
          {t.signIn}
        </button>
      </form>
      <p>
        <MemberLink href="/beheer/wachtwoord-vergeten">{t.forgot}</MemberLink>
      </p>
      <p>
        <MemberLink href="/beheer/aanmelden">{t.signupLink}</MemberLink>
      </p>
    </main>
  );
}
