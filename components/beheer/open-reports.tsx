import { facilityLabel, type NamedFacility } from "@/lib/facility-match";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import { MemberLink } from "./member-link";
import { ResolveReport } from "./resolve-report";

type Report = { id: string; createdAt: Date; message: string; facility: { id: string; slug: string } & NamedFacility };

/** Every open report from the public, for moderators. `resolve`: the page's server action. */
export function OpenReports({
  reports,
  resolve,
  fmt,
  t,
  locale,
}: {
  reports: Report[];
  resolve: (form: FormData) => Promise<void>;
  /** the page's date format */
  fmt: { format: (d: Date) => string };
  t: BeheerMessages;
  locale: string;
}) {
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">
        {t.reportsTitle} ({reports.length})
      </h2>
      <ul>
        {reports.map((r) => (
          <li key={r.id}>
            {/* Named with street and number, with the two places a moderator goes next: the public page and the edit page. */}
            <strong>{facilityLabel(r.facility)}</strong> — {fmt.format(r.createdAt)}: {r.message}{" "}
            <a href={`/locaties/${r.facility.slug}`}>
              {t.reportPublic}
              <span className="sr-only">: {facilityLabel(r.facility)}</span>
            </a>{" "}
            ·{" "}
            <MemberLink href={`/beheer/locaties/${r.facility.id}`}>
              {t.reportEdit}
              <span className="sr-only">: {facilityLabel(r.facility)}</span>
            </MemberLink>{" "}
            <ResolveReport action={resolve} id={r.id} back="/beheer/moderatie" locale={locale} label={t.resolved} />
          </li>
        ))}
      </ul>
    </section>
  );
}
