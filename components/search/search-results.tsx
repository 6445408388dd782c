import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { MapToggle } from "@/components/map";
import { formatDistance, WALK_MAX_M } from "@/lib/format";
import { mapLabels } from "@/lib/i18n/map-labels";
import { facilityPoint } from "@/lib/map/points";
import { readMapView, type PageParams } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import { clusterFilters, searchUrl } from "@/lib/urls/search-url";

import { bidiTags } from "./bidi";
import { resultsHeading } from "./results-heading";
import { ResultsList } from "./results-list";

/** The results: what was searched around, the list and the map beside it (in sync), paging. */
export function SearchResults({ search, params }: { search: ResidentSearch; params: PageParams }) {
  const t = useTranslations("resident");
  const locale = useLocale();
  const { query, from, result } = search;
  if (!result) return null;
  const { note, heading } = resultsHeading(search, params, t, locale);
  const url = searchUrl(params, locale);
  const first = result.data[0]?.distance_m;
  // "Search this area" keeps the filters, the language and the typed place (for the box); midden=kaart says the map's
  // centre is the place, so the heading says "rond het midden van de kaart", not "uw locatie".
  const searchHere = url.searchHere();
  return (
    <section aria-labelledby="results">
      {note && <p className="note">{note}</p>}
      <h2 id="results">{heading}</h2>
      {from === 1 && first !== undefined && first > WALK_MAX_M && (
        <p className="note">{t.rich("nearestFar", { distance: formatDistance(first, locale), ...bidiTags(locale) })}</p>
      )}
      {from > 1 && (
        <p>
          <Link href={url.without("na")}>{t("firstPage")}</Link>
        </p>
      )}
      <div className="list-and-map">
        <MapToggle
          points={result.data.map((f) => facilityPoint(f, locale, f.id))}
          labels={mapLabels(t, locale)}
          view={readMapView(params)}
          skipTo="results-list"
          search={{ filters: query ? clusterFilters(query) : "", searchHere, lang: locale }}
        />
        <ResultsList result={result} km={query?.radius_km} from={from} params={params} />
      </div>
    </section>
  );
}
