import { openNow } from "../opening-hours";
import "server-only";
import type pg from "pg";
import type { Geocoder } from "../geocoder/types";
import { ProblemError } from "../http/problem";
import { openAt } from "../opening-hours";
import { encodeCursor } from "../schemas/cursor";
import { ZFacilityListItem, type TFacilityListItem } from "../schemas/facility";
import type { TFacilitySearchQuery } from "../schemas/facility-search";
import type { FacilityFilters, ListRow } from "./facility-filters";
import { findNearestFacilities } from "./find-nearest-facilities";
import { listFacilitiesByName } from "./list-facilities-by-name";
import { getTermLabels, labelTerms, type TermLabel } from "./taxonomy-labels";

import { resolveOrigin, type Origin } from "./resolve-origin";

export type { Origin } from "./resolve-origin";
export type FacilitySearchResult = { data: TFacilityListItem[]; next_cursor: string | null; origin: Origin | null };

// With open=now, rows are fetched in pages and filtered here (opening_hours needs JavaScript); at most this many are
// examined per request, after which next_cursor continues the scan.
const OPEN_NOW_SCAN_LIMIT = 1000;

function toItem(r: ListRow & { distance_m?: number }, isOpen: (v: string | null) => boolean | null, labels: Map<string, TermLabel>): TFacilityListItem {
  return ZFacilityListItem.parse({
    id: r.id, slug: r.slug, name: r.name, type: r.type, status: r.status, lat: r.lat, lng: r.lng,
    address: { street: r.street, house_number: r.house_number, house_number_addition: r.house_number_addition, postcode: r.postcode, place: r.place, gemeente_code: r.gemeente_code },
    services: labelTerms(r.service_terms ?? [], labels), wheelchair: r.wheelchair,
    open_now: openNow(r.status, r.temp_state, () => isOpen(r.opening_hours)),
    temporary_status: r.temp_state ?? null,
    ...(r.distance_m !== undefined ? { distance_m: Math.round(r.distance_m) } : {}),
  });
}

export async function searchFacilities(pool: pg.Pool, geocoder: Geocoder, q: TFacilitySearchQuery, now = new Date()): Promise<FacilitySearchResult> {
  const origin = await resolveOrigin(q, geocoder);
  const filters: FacilityFilters = {
    services: q.service ?? [], types: q.type, audiences: q.audience, languages: q.language,
    free: q.free, wheelchair: q.wheelchair, bbox: q.bbox,
  };
  if (origin && q.cursor && !("d" in q.cursor)) throw new ProblemError(400, "Invalid request parameters", "cursor: belongs to a search without a location", [{ parameter: "cursor", detail: "belongs to a search without a location" }]);
  if (!origin && q.cursor && !("n" in q.cursor)) throw new ProblemError(400, "Invalid request parameters", "cursor: belongs to a search with a location", [{ parameter: "cursor", detail: "belongs to a search with a location" }]);

  const fetchPage = async (after: typeof q.cursor, limit: number) => {
    if (origin) return findNearestFacilities(pool, origin, filters, { limit, after: after && "d" in after ? after : undefined });
    return listFacilitiesByName(pool, filters, { limit, after: after && "n" in after ? after : undefined });
  };
  const keyOf = (r: ListRow & { distance_m?: number }) =>
    origin ? { d: r.distance_m ?? 0, id: r.id } : { n: r.name, id: r.id };

  const labels = await getTermLabels(pool);
  const isOpen = openAt(now);
  const items: TFacilityListItem[] = [];
  let after = q.cursor;
  let more = false;
  let scanned = 0;
  const wantOpen = q.open === "now";
  const batch = wantOpen ? Math.max(q.limit * 3, 30) : q.limit + 1;
  for (;;) {
    const rows = await fetchPage(after, batch);
    for (const r of rows) {
      scanned++;
      if (items.length === q.limit) { more = true; break; }
      const item = toItem(r, isOpen, labels);
      after = keyOf(r);
      if (!wantOpen || item.open_now === true) items.push(item);
    }
    if (more || rows.length < batch) break;
    if (wantOpen && scanned >= OPEN_NOW_SCAN_LIMIT) { more = true; break; }
  }
  // `after` is the exact sort key of the last row examined (distance_m in items is rounded).
  return { data: items, next_cursor: more && after ? encodeCursor(after) : null, origin };
}
