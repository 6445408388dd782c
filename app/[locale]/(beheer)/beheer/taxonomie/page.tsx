import { DataTable } from "@/components/beheer/data-table";
import { FormProblem } from "@/components/beheer/form-problem";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { ResultNotice } from "@/components/beheer/result-notice";
import { TaxonomyMappings } from "@/components/beheer/taxonomy-mappings";
import { AddTermForm, TermsInUse } from "@/components/beheer/taxonomy-terms";
import { memberPage } from "@/lib/auth/session";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";
import { getTaxonomyEditView } from "@/lib/server/beheer/get-taxonomy-edit-view";
import { OTHER_LOCALES } from "@/lib/server/taxonomy/taxonomy-admin";
import { listMappings } from "@/lib/server/taxonomy/taxonomy-mapping";

import { addTaxonomy, retireTaxonomy, saveTaxonomy } from "../edit-actions";
import { viewOrRefused } from "../member-view";
import { mapTerm, unmapTerm } from "../taxonomy-mapping-actions";

/** "(Soort hulp)", "(Doelgroepen, niet meer aangeboden)". */
const termNote = (term: { kind: string; retiredAt: Date | null }, t: BeheerMessages) =>
  `${term.kind === "service" ? t.fieldCategories : t.fieldAudiences}${term.retiredAt ? `, ${t.termRetired.toLowerCase()}` : ""}`;

const noticeTexts = (t: BeheerMessages) => ({
  saved: t.taxonomySaved,
  added: t.termAdded,
  retired: t.termRetiredDone,
  restored: t.termRestoredDone,
  mapped: t.mapped,
  unmapped: t.unmapped,
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /beheer/taxonomie — moderators only: each kind of help's and audience's name in every language of the site, their
// order, new terms, and which are still offered (lib/server/taxonomy/taxonomy-admin.ts).
export default async function TaxonomyPage({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer/taxonomie");
  const terms = await viewOrRefused(getTaxonomyEditView({ actor }));
  if (!terms) return <NotAllowed title={t.taxonomy} t={t} />;
  const mappings = await listMappings(actor);
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const nameIn = (l: string) => fill(t.nameIn, { language: languageName.of(l) ?? l }, locale);
  const names = (term: (typeof terms)[number]) => (term.labels ?? {}) as Record<string, string>;
  return (
    <main id="main" className="wide">
      <h1>{t.taxonomy}</h1>
      <p>{t.taxonomyIntro}</p>
      <ResultNotice sp={sp} texts={noticeTexts(t)} />
      <FormProblem sp={sp} />
      <form action={saveTaxonomy} className="form taxonomy-names">
        <input type="hidden" name="locale" value={locale} />
        <DataTable head={[t.code, t.nameNl, t.nameEn, ...OTHER_LOCALES.map(nameIn), t.order]}>
          {terms.map((term) => (
            <tr key={term.code}>
              <th scope="row">
                {term.code}
                <input type="hidden" name="code" value={term.code} />
                <span className="hint"> ({termNote(term, t)})</span>
              </th>
              {(
                [
                  ["nl", t.nameNl, term.labelNl],
                  ["en", t.nameEn, term.labelEn],
                ] as const
              ).map(([l, heading, value]) => (
                <td key={l}>
                  <input
                    name={`${l}:${term.code}`}
                    aria-label={`${heading}: ${term.code}`}
                    defaultValue={value}
                    maxLength={60}
                    required
                  />
                </td>
              ))}
              {OTHER_LOCALES.map((l) => (
                <td key={l}>
                  <input
                    name={`${l}:${term.code}`}
                    aria-label={`${nameIn(l)}: ${term.code}`}
                    defaultValue={names(term)[l] ?? ""}
                    maxLength={60}
                    lang={l}
                    dir="auto"
                  />
                </td>
              ))}
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

      <TermsInUse terms={terms} t={t} locale={locale} action={retireTaxonomy} />
      <AddTermForm t={t} locale={locale} nameIn={nameIn} action={addTaxonomy} />
      <TaxonomyMappings mappings={mappings} terms={terms} t={t} locale={locale} map={mapTerm} unmap={unmapTerm} />
    </main>
  );
}
