import { DataTable } from "@/components/beheer/data-table";
import type { BeheerMessages } from "@/lib/i18n/beheer";

// The mapping of other taxonomies' terms onto ours, used by imports (an HSDS file's "Financial counselling" →
// schuldhulp): the list with a remove button each, and a form to add one.

type Props = {
  mappings: { term: string; code: string }[];
  terms: { code: string; labelNl: string; labelEn: string }[];
  t: BeheerMessages;
  locale: "nl" | "en";
  map: (form: FormData) => Promise<void>;
  unmap: (form: FormData) => Promise<void>;
};

export function TaxonomyMappings({ mappings, terms, t, locale, map, unmap }: Props) {
  const name = (code: string) => {
    const term = terms.find((x) => x.code === code);
    return term ? (locale === "nl" ? term.labelNl : term.labelEn) : code;
  };
  return (
    <section aria-labelledby="mappings-title">
      <h2 id="mappings-title">{t.mappingsTitle}</h2>
      <p>{t.mappingsIntro}</p>
      {mappings.length > 0 && (
        <DataTable head={[t.mappingTerm, t.mappingOurs, t.mappingRemove]}>
          {mappings.map((m) => (
            <tr key={m.term}>
              <td>{m.term}</td>
              <td>{name(m.code)}</td>
              <td>
                <form action={unmap} className="inline-form">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="term" value={m.term} />
                  <button type="submit" className="secondary">
                    {t.mappingRemove}
                    <span className="sr-only">: {m.term}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <form action={map} className="form">
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="mapping-term">{t.mappingTerm}</label>
          <input id="mapping-term" name="term" required maxLength={200} aria-describedby="mapping-hint" />
          <p className="hint" id="mapping-hint">
            {t.mappingHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor="mapping-code">{t.mappingOurs}</label>
          <select id="mapping-code" name="code" required defaultValue="">
            <option value="">—</option>
            {terms.map((x) => (
              <option key={x.code} value={x.code}>
                {name(x.code)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t.mappingAdd}
        </button>
      </form>
    </section>
  );
}
