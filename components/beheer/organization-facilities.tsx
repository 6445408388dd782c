import { isFiltering, type FacilityQuery } from "@/lib/facility-match";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { DashFacility } from "@/lib/server/edit/dashboard";
import type { FacilityCounts } from "@/lib/server/listings/count-facilities";

import { countsLine, FacilityFilter, FacilityRows, FilterResult } from "./facility-list";
import { MemberLink } from "./member-link";

/** An organisation's locations on its /beheer page, narrowed by the GET filter (?zoek=&soort=) on the server. */
export function OrganizationFacilities({
  id,
  counts,
  q,
  found,
  total,
  t,
  locale,
}: {
  id: string;
  counts: FacilityCounts;
  q: FacilityQuery & { text: string };
  found: DashFacility[];
  total: number;
  t: BeheerMessages;
  locale: "nl" | "en";
}) {
  return (
    <section aria-labelledby="locations-title">
      <h2 id="locations-title">
        {t.facilities} ({counts.listed})
      </h2>
      <p className="hint">
        {countsLine(counts, t, locale)} ·{" "}
        <MemberLink href={`/beheer/organisaties/${id}/nieuwe-locatie`}>{t.proposeFacility}</MemberLink>
      </p>
      <FacilityFilter
        action={`/beheer/organisaties/${id}`}
        q={q}
        t={t}
        locale={locale}
        typeNames={CATALOGS[locale].resident.types}
        id="org-filter"
        level={3}
      />
      {isFiltering(q) && <FilterResult found={found.length} total={total} t={t} locale={locale} />}
      {/* Without a search the list is long (one organisation has 344): it stays folded. */}
      {isFiltering(q) ? (
        found.length > 0 && <FacilityRows items={found} t={t} locale={locale} />
      ) : (
        <details>
          <summary>{t.filterClear}</summary>
          <FacilityRows items={found} t={t} locale={locale} />
        </details>
      )}
    </section>
  );
}
