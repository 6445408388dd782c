import { DataTable } from "@/components/beheer/data-table";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/locales";
import type { Issue, Report } from "@/lib/import/types";

// An import's report: the counts, then the errors (nothing is imported while there are any), possible duplicates,
// the changes field by field, and warnings. The lists hold their first entries; "… and n more" says how many follow.

type Props = { report: Report; t: BeheerMessages; locale: "nl" | "en" };

const value = (v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v);

function More({ shown, total, t, locale }: { shown: number; total: number; t: BeheerMessages; locale: "nl" | "en" }) {
  return total > shown ? <p className="hint">{fill(t.importMore, { n: total - shown }, locale)}</p> : null;
}

function Issues({
  id,
  title,
  help,
  list,
  total,
  ...p
}: Props & { id: string; title: string; help?: string; list: Issue[]; total: number }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{fill(title, { n: total }, p.locale)}</h2>
      {help && <p>{help}</p>}
      <DataTable head={[p.t.importRecord, p.t.importField, p.t.importProblem]}>
        {list.map((i, n) => (
          <tr key={n}>
            <td>{i.record}</td>
            <td>{i.field ?? "—"}</td>
            <td>{i.message[p.locale]}</td>
          </tr>
        ))}
      </DataTable>
      <More shown={list.length} total={total} t={p.t} locale={p.locale} />
    </section>
  );
}

export function ImportReport({ report: r, t, locale }: Props) {
  const p = { report: r, t, locale };
  return (
    <>
      <p className="import-counts">
        <strong>
          {fill(t.importCounts, { new: r.new, changed: r.changed, unchanged: r.unchanged, skipped: r.skipped }, locale)}
        </strong>
      </p>
      {r.totals.errors === 0 && r.new + r.changed === 0 && <p>{t.importNothing}</p>}
      <Issues
        {...p}
        id="import-errors"
        title={t.importErrors}
        help={t.importErrorsHelp}
        list={r.errors}
        total={r.totals.errors}
      />
      {r.totals.duplicates > 0 && (
        <section aria-labelledby="import-duplicates">
          <h2 id="import-duplicates">{fill(t.importDuplicates, { n: r.totals.duplicates }, locale)}</h2>
          <p>{t.importDuplicatesHelp}</p>
          <DataTable head={[t.importRecord, t.importExisting, t.importWhy]}>
            {r.duplicates.map((d, n) => (
              <tr key={n}>
                <td>{d.record}</td>
                <td>
                  {d.existing.slug ? (
                    <a href={localePath(locale, `/locaties/${d.existing.slug}`)}>{d.existing.name}</a>
                  ) : (
                    `${d.existing.name} (${t.importInFile})`
                  )}
                </td>
                <td>{d.why[locale]}</td>
              </tr>
            ))}
          </DataTable>
          <More shown={r.duplicates.length} total={r.totals.duplicates} t={t} locale={locale} />
        </section>
      )}
      {r.totals.changes > 0 && (
        <section aria-labelledby="import-changes">
          <h2 id="import-changes">{fill(t.importChanges, { n: r.totals.changes }, locale)}</h2>
          <DataTable head={[t.importRecord, t.importField, t.importBefore, t.importAfter]}>
            {r.changes.flatMap((c, n) =>
              c.fields.map((f, m) => (
                <tr key={`${n}-${m}`}>
                  <td>{c.record}</td>
                  <td>{f.field}</td>
                  <td>{value(f.before)}</td>
                  <td>{value(f.after)}</td>
                </tr>
              )),
            )}
          </DataTable>
          <More shown={r.changes.length} total={r.totals.changes} t={t} locale={locale} />
        </section>
      )}
      <Issues {...p} id="import-warnings" title={t.importWarnings} list={r.warnings} total={r.totals.warnings} />
    </>
  );
}
