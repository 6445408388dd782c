import "server-only";

import type pg from "pg";

import { AppError } from "../../errors/app-error";
import type { Geocoder } from "../../geocoder/types";
import { openAt, openNow, opensLater, opensLaterTodayAt } from "../../opening-hours";
import { encodeCursor } from "../../schemas/cursor";
import { ZFacilityListItem, type TFacilityListItem } from "../../schemas/facility";
import type { TFacilitySearchQuery } from "../../schemas/facility-search";
import { getTermLabels, labelTerms, type TermLabel } from "../taxonomy/taxonomy-labels";
import { filtersOf, type ListRow } from "./facility-filters";
import { findNearestFacilities } from "./find-nearest-facilities";
import { listFacilitiesByName } from "./list-facilities-by-name";
import { resolveOrigin, type Origin } from "./resolve-origin";

export type { Origin } from "./resolve-origin";
/** `opening_later`: with open=now, places passed over because they open later today (nearest first, at most
 *  LATER_MAX), so "nu niets open" can say what opens next. `radius_m`: the limit applied, if any. */
export type FacilitySearchResult = {
  data: TFacilityListItem[];
  next_cursor: string | null;
  origin: Origin | null;
  opening_later: TFacilityListItem[];
  radius_m: number | null;
};

const LATER_MAX = 5;

// With open=now, rows are fetched in pages and filtered here (opening_hours needs JavaScript); at most this many are
// examined per request, after which next_cursor continues the scan.
const OPEN_NOW_SCAN_LIMIT = 1000;

type Clock = { isOpen: (v: string | null) => boolean | null; opensLater: (v: string | null) => string | null };

function toItem(r: ListRow & { distance_m?: number }, clock: Clock, labels: Map<string, TermLabel>): TFacilityListItem {
  const open_now = openNow(r.status, r.temp_state, () => clock.isOpen(r.opening_hours));
  const opens_at = opensLater(r.status, r.temp_state, open_now, () => clock.opensLater(r.opening_hours));
  return ZFacilityListItem.parse({
    id: r.id,
    slug: r.slug,
    name: r.name,
    type: r.type,
    status: r.status,
    lat: r.lat,
    lng: r.lng,
    address: {
      street: r.street,
      house_number: r.house_number,
      house_number_addition: r.house_number_addition,
      postcode: r.postcode,
      place: r.place,
      gemeente_code: r.gemeente_code,
    },
    services: labelTerms(r.service_terms ?? [], labels),
    wheelchair: r.wheelchair,
    open_now,
    opens_at,
    temporary_status: r.temp_state ?? null,
    ...(r.distance_m !== undefined ? { distance_m: Math.round(r.distance_m) } : {}),
  });
}

/** A cursor is a distance key for a search from a place and a name key for one without: never the other. */
function checkCursorFits(cursor: TFacilitySearchQuery["cursor"], fromPlace: boolean): void {
  if (!cursor || "d" in cursor === fromPlace) return;
  const detail = fromPlace ? "belongs to a search without a location" : "belongs to a search with a location";
  throw new AppError("invalid_parameters", {
    messages: {
      nl: fromPlace ? "cursor: hoort bij een zoekvraag zonder plek" : "cursor: hoort bij een zoekvraag met een plek",
      en: `cursor: ${detail}`,
    },
    errors: [{ parameter: "cursor", detail }],
  });
}

/** `scanLimit`: with an open filter, how many rows one request may examine before it hands back a cursor (the
 *  resident page allows more than the API, so it does not show an empty page with "Meer plekken"). */
export async function searchFacilities(
  pool: pg.Pool,
  geocoder: Geocoder,
  q: TFacilitySearchQuery,
  now = new Date(),
  { scanLimit = OPEN_NOW_SCAN_LIMIT } = {},
): Promise<FacilitySearchResult> {
  const origin = await resolveOrigin(q, geocoder);
  const filters = filtersOf(q, q.bbox);
  checkCursorFits(q.cursor, origin !== null);

  const fetchPage = async (after: typeof q.cursor, limit: number) => {
    if (origin)
      return findNearestFacilities(pool, origin, filters, { limit, after: after && "d" in after ? after : undefined });
    return listFacilitiesByName(pool, filters, { limit, after: after && "n" in after ? after : undefined });
  };
  const keyOf = (r: ListRow & { distance_m?: number }) =>
    origin ? { d: r.distance_m ?? 0, id: r.id } : { n: r.name, id: r.id };

  const labels = await getTermLabels(pool);
  const clock: Clock = { isOpen: openAt(now), opensLater: opensLaterTodayAt(now) };
  const radius = origin && q.radius_km ? q.radius_km * 1000 : null;
  const wanted = (item: TFacilityListItem) =>
    !q.open || item.open_now === true || (q.open === "today" && item.opens_at !== null);
  const items: TFacilityListItem[] = [];
  const later: TFacilityListItem[] = [];
  let after = q.cursor;
  let more = false;
  let scanned = 0;
  let done = false;
  const batch = q.open ? Math.max(q.limit * 3, 30) : q.limit + 1;
  for (;;) {
    const rows = await fetchPage(after, batch);
    for (const r of rows) {
      // Rows come nearest first: the first one past the radius ends the search.
      if (radius !== null && "distance_m" in r && Number(r.distance_m) > radius) {
        done = true;
        break;
      }
      scanned++;
      if (items.length === q.limit) {
        more = true;
        break;
      }
      const item = toItem(r, clock, labels);
      after = keyOf(r);
      if (wanted(item)) items.push(item);
      else if (q.open === "now" && item.opens_at !== null && later.length < LATER_MAX) later.push(item);
    }
    if (done || more || rows.length < batch) break;
    if (q.open && scanned >= scanLimit) {
      more = true;
      break;
    }
  }
  // `after` is the exact sort key of the last row examined (distance_m in items is rounded).
  return {
    data: items,
    next_cursor: more && after ? encodeCursor(after) : null,
    origin,
    opening_later: later,
    radius_m: radius,
  };
}
