import { FormProblem } from "@/components/beheer/form-problem";
import { MemberLink } from "@/components/beheer/member-link";
import { beheerLocale } from "@/lib/auth/session";
import { beheerMessages } from "@/lib/i18n/beheer";

import { registerWorkerAction } from "../worker-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WorkerSignupPage({ searchParams }: Props) {
  const sp = await searchParams;
  const locale = await beheerLocale();
  const t = beheerMessages(locale);
  return (
    <main id="main">
      <h1>{t.signupTitle}</h1>
      <p>{t.signupIntro}</p>
      {sp.klaar ? (
        <p className="notice" role="status">
          {t.signupDone}
        </p>
      ) : (
        <>
          {sp.fout === "te-veel" ? (
            <p className="problem" role="alert">
              {t.tooMany}
            </p>
          ) : (
            <FormProblem sp={sp} />
          )}
          <form action={registerWorkerAction} className="form">
            <input type="hidden" name="locale" value={locale} />
            <div className="field">
              <label htmlFor="name">{t.fieldPersonName}</label>
              <input id="name" name="name" required autoComplete="name" maxLength={120} />
            </div>
            <div className="field">
              <label htmlFor="email">{t.email}</label>
              <input id="email" name="email" type="email" required autoComplete="email" maxLength={200} />
            </div>
            <div className="field">
              <label htmlFor="organisation">{t.signupWork}</label>
              <input id="organisation" name="organisation" required autoComplete="organization" maxLength={160} />
            </div>
            <button type="submit" className="primary">
              {t.send}
            </button>
          </form>
        </>
      )}
      <p>
        <MemberLink href="/beheer/inloggen">{t.signIn}</MemberLink>
      </p>
    </main>
  );
}
