import type { BeheerMessages } from "@/lib/i18n/beheer";
import { OTHER_LOCALES } from "@/lib/server/taxonomy/taxonomy-admin";

import { DataTable } from "./data-table";

// /beheer/taxonomie's two smaller parts: which terms are still offered (one button each), and a new term.

type Term = { code: string; labelNl: string; labelEn: string; retiredAt: Date | null };

export function TermsInUse({
  terms,
  t,
  locale,
  action,
}: {
  terms: Term[];
  t: BeheerMessages;
  locale: "nl" | "en";
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <section className="taxonomy-use" aria-labelledby="in-use">
      <h2 id="in-use">{t.termsInUse}</h2>
      <p>{t.termsInUseIntro}</p>
      <DataTable head={[t.code, locale === "en" ? t.nameEn : t.nameNl, t.termStatus, t.edit]}>
        {terms.map((term) => (
          <tr key={term.code}>
            <th scope="row">{term.code}</th>
            <td>{locale === "en" ? term.labelEn : term.labelNl}</td>
            <td>{term.retiredAt ? t.termRetired : t.termOffered}</td>
            <td>
              <form action={action} className="inline-form">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="term" value={term.code} />
                <input type="hidden" name="retired" value={term.retiredAt ? "0" : "1"} />
                <button type="submit" className="secondary">
                  {term.retiredAt ? t.termRestore : t.termRetire}
                  <span className="sr-only">: {term.code}</span>
                </button>
              </form>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

export function AddTermForm({
  t,
  locale,
  nameIn,
  action,
}: {
  t: BeheerMessages;
  locale: "nl" | "en";
  nameIn: (locale: string) => string;
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <>
      <h2 id="add-term">{t.termAdd}</h2>
      <form action={action} className="form" aria-labelledby="add-term">
        <input type="hidden" name="locale" value={locale} />
        <p className="hint" id="add-code-hint">
          {t.termAddIntro}
        </p>
        <div className="field">
          <label htmlFor="add-code">{t.code}</label>
          <input
            id="add-code"
            name="code"
            required
            maxLength={40}
            pattern="[a-z0-9][a-z0-9\-]{1,39}"
            aria-describedby="add-code-hint"
            autoCapitalize="none"
            spellCheck={false}
          />
        </div>
        <fieldset className="field">
          <legend>{t.termKind}</legend>
          <label>
            <input type="radio" name="kind" value="service" defaultChecked /> {t.fieldCategories}
          </label>{" "}
          <label>
            <input type="radio" name="kind" value="audience" /> {t.fieldAudiences}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="add-nl">{t.nameNl}</label>
          <input id="add-nl" name="nl" required maxLength={60} />
        </div>
        <div className="field">
          <label htmlFor="add-en">{t.nameEn}</label>
          <input id="add-en" name="en" required maxLength={60} />
        </div>
        {OTHER_LOCALES.map((l) => (
          <div className="field" key={l}>
            <label htmlFor={`add-${l}`}>{nameIn(l)}</label>
            <input id={`add-${l}`} name={l} maxLength={60} lang={l} dir="auto" />
          </div>
        ))}
        <button type="submit" className="primary">
          {t.termAddButton}
        </button>
      </form>
    </>
  );
}
