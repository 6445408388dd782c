import { DataTable } from "@/components/beheer/data-table";
import { FormProblem } from "@/components/beheer/form-problem";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { ResultNotice } from "@/components/beheer/result-notice";
import { memberPage } from "@/lib/auth/session";
import { getTaxonomyEditView } from "@/lib/server/beheer/get-taxonomy-edit-view";

import { saveTaxonomy } from "../edit-actions";
import { viewOrRefused } from "../member-view";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TaxonomyPage({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer/taxonomie");
  const terms = await viewOrRefused(getTaxonomyEditView({ actor }));
  if (!terms) return <NotAllowed title={t.taxonomy} t={t} />;
  return (
    <main id="main" className="wide">
      <h1>{t.taxonomy}</h1>
      <p>{t.taxonomyIntro}</p>
      <ResultNotice sp={sp} texts={{ saved: t.taxonomySaved }} />
      <FormProblem sp={sp} />
      <form action={saveTaxonomy} className="form">
        <input type="hidden" name="locale" value={locale} />
        <DataTable head={[t.code, t.nameNl, t.nameEn, t.order]}>
          {terms.map((term) => (
            <tr key={term.code}>
              <th scope="row">
                {term.code}
                <input type="hidden" name="code" value={term.code} />
                <span className="hint"> ({term.kind === "service" ? t.fieldCategories : t.fieldAudiences})</span>
              </th>
              <td>
                <input
                  name={`nl:${term.code}`}
                  aria-label={`${t.nameNl}: ${term.code}`}
                  defaultValue={term.labelNl}
                  maxLength={60}
                  required
                />
              </td>
              <td>
                <input
                  name={`en:${term.code}`}
                  aria-label={`${t.nameEn}: ${term.code}`}
                  defaultValue={term.labelEn}
                  maxLength={60}
                  required
                />
              </td>
              <td>
                <input
                  name={`order:${term.code}`}
                  aria-label={`${t.order}: ${term.code}`}
                  type="number"
                  min={0}
                  max={999}
                  defaultValue={term.sortOrder}
                  className="narrow"
                />
              </td>
            </tr>
          ))}
        </DataTable>
        <button type="submit" className="primary">
          {t.save}
        </button>
      </form>
    </main>
  );
}
