import type { BeheerMessages } from "@/lib/i18n/beheer";

import { ResolveReport } from "./resolve-report";

type Report = { id: string; createdAt: Date; message: string; contact: string | null };

/** Open reports from the public about one facility, each with "dealt with". `resolve`: the page's server action. */
export function FacilityReports({
  id,
  slug,
  reports,
  resolve,
  fmt,
  locale,
  t,
}: {
  id: string;
  slug: string;
  reports: Report[];
  resolve: (form: FormData) => Promise<void>;
  /** the page's date format */
  fmt: { format: (d: Date) => string };
  locale: string;
  t: BeheerMessages;
}) {
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">{t.reportsTitle}</h2>
      <ul>
        {reports.map((r) => (
          <li key={r.id}>
            {fmt.format(r.createdAt)}: {r.message}
            {r.contact ? ` (${r.contact})` : ""} <a href={`/locaties/${slug}`}>{t.reportPublic}</a> ·{" "}
            <a href="#form-title">{t.reportEdit}</a>{" "}
            <ResolveReport
              action={resolve}
              id={r.id}
              back={`/beheer/locaties/${id}`}
              locale={locale}
              label={t.resolved}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
