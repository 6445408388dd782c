import { ButtonForm } from "@/components/beheer/button-form";
import { FormProblem } from "@/components/beheer/form-problem";
import { ResultNotice } from "@/components/beheer/result-notice";
import { memberPage } from "@/lib/auth/session";
import { localePath } from "@/lib/i18n/locales";
import { listSavedLists } from "@/lib/server/beheer/list-saved-lists";

import { viewOrRefused } from "../member-view";
import { deleteListAction } from "../worker-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ListsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer/lijsten");
  const lists = await viewOrRefused(listSavedLists({ actor }));
  if (!lists)
    return (
      <main id="main">
        <h1>{t.lists}</h1>
        <p className="problem">{t.listsOnlyWorkers}</p>
      </main>
    );
  const resultText = { saved: t.listSaved, deleted: t.listDeleted };
  return (
    <main id="main" className="wide">
      <h1>{t.lists}</h1>
      <p>{t.listsIntro}</p>
      <ResultNotice sp={sp} texts={resultText} />
      <FormProblem sp={sp} />
      {lists.length === 0 ? (
        <p>
          {t.listsNone} <a href="/verwijzen">Verwijzen</a>
        </p>
      ) : (
        <ul className="results">
          {lists.map((l) => (
            <li key={l.id} className="card">
              <h2>{l.name}</h2>
              <p className="hint">
                {l.services.length} {t.listServices}
              </p>
              <p className="row">
                <a href={localePath(locale, `/verwijzen?lijst=${l.services.join(",")}`)}>
                  {t.listOpen}
                  <span className="sr-only">: {l.name}</span>
                </a>
                <a href={localePath(locale, `/verwijsbrief?services=${l.services.join(",")}`)}>
                  {t.listSheet}
                  <span className="sr-only">: {l.name}</span>
                </a>
              </p>
              <ButtonForm action={deleteListAction} fields={{ list: l.id, locale }}>
                {t.remove}: {l.name}
              </ButtonForm>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
