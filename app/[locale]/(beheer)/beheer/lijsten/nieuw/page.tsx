import { FormProblem } from "@/components/beheer/form-problem";
import { MemberLink } from "@/components/beheer/member-link";
import { memberPage } from "@/lib/auth/session";
import { readList } from "@/lib/schemas/referral-page";
import { canKeepLists } from "@/lib/server/workers/manage-workers";

import { saveListAction } from "../../worker-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewListPage({ searchParams }: Props) {
  const sp = await searchParams;
  const ids = readList(sp, 12);
  const { actor, locale, t } = await memberPage(`/beheer/lijsten/nieuw?lijst=${ids.join(",")}`);
  if (!canKeepLists(actor))
    return (
      <main id="main">
        <h1>{t.listSave}</h1>
        <p className="problem">{t.listsOnlyWorkers}</p>
        <p>
          <MemberLink href="/beheer/aanmelden">{t.signupLink}</MemberLink>
        </p>
      </main>
    );
  return (
    <main id="main">
      <h1>{t.listSave}</h1>
      <p>
        {ids.length} {t.listServices}. {t.listsIntro}
      </p>
      <FormProblem sp={sp} />
      <form action={saveListAction} className="form">
        <input type="hidden" name="services" value={ids.join(",")} />
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="name">{t.listName}</label>
          <input id="name" name="name" required maxLength={80} autoComplete="off" />
        </div>
        <button type="submit" className="primary">
          {t.listSave}
        </button>
      </form>
    </main>
  );
}
