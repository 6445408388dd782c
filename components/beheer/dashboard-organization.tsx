import type { FacilityQuery } from "@/lib/facility-match";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import type { DashFacility, DashOrg } from "@/lib/server/edit/dashboard";
import { isListedStatus } from "@/lib/server/listings/count-facilities";

import { countsLine, FacilityRows, filterFacilities, FilterResult } from "./facility-list";
import { MemberLink } from "./member-link";

// A facility closed for good is not on Buurtwijzer: not counted, not "needs attention", listed apart.
const needsAttention = (fs: DashFacility[]) =>
  fs.filter((f) => isListedStatus(f.status) && (f.pending || f.reports || f.stale));

/** One organisation on /beheer: how it publishes, changes refused lately, what needs attention, its listings. */
export function DashboardOrganization({
  o,
  q,
  filtering,
  date,
  t,
  locale,
}: {
  o: DashOrg;
  q: FacilityQuery;
  filtering: boolean;
  /** the page's date format */
  date: (d: Date) => string;
  t: BeheerMessages;
  locale: string;
}) {
  const attention = needsAttention(o.facilities);
  const listed = o.facilities.filter((f) => isListedStatus(f.status));
  const closed = o.facilities.filter((f) => !isListedStatus(f.status));
  const found = filterFacilities(q, listed);
  return (
    <section aria-labelledby={`org-${o.id}`}>
      <h2 id={`org-${o.id}`}>
        <MemberLink href={`/beheer/organisaties/${o.id}`}>{o.name}</MemberLink>
      </h2>
      <p>
        {o.publishesDirectly ? t.publishesDirectly : t.waitsForModerator}{" "}
        <MemberLink href={`/beheer/organisaties/${o.id}/nieuwe-locatie`}>{t.proposeFacility}</MemberLink>
      </p>
      {o.rejected.length > 0 && (
        <div className="problem">
          <h3>{t.rejectedChanges}</h3>
          <ul>
            {o.rejected.map((r) => (
              <li key={r.id}>
                {date(r.createdAt)}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>
        {t.attention} ({attention.length})
      </h3>
      {attention.length ? <FacilityRows items={attention} t={t} locale={locale} /> : <p>{t.nothingToDo}</p>}
      {/* The count is the API's (one rule, count-facilities.ts); the other states are named apart. */}
      <details open={filtering}>
        <summary>
          {t.facilities} ({o.counts.listed})
        </summary>
        <p className="hint">{countsLine(o.counts, t, locale)}</p>
        {filtering && <FilterResult found={found.length} total={listed.length} t={t} locale={locale} />}
        {found.length > 0 && <FacilityRows items={found} t={t} locale={locale} />}
        {closed.length > 0 && (
          <>
            <h4>
              {t.closedFacilities} ({closed.length})
            </h4>
            <FacilityRows items={filterFacilities(q, closed)} t={t} locale={locale} />
          </>
        )}
      </details>
      <details>
        <summary>
          {t.services} ({o.services.length})
        </summary>
        <ul>
          {o.services.map((s) => (
            <li key={s.id}>
              <MemberLink href={`/beheer/diensten/${s.id}`}>{s.name}</MemberLink>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
