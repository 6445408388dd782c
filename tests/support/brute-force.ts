import type pg from "pg";

import type { FacilityFilters } from "@/lib/server/search/facility-filters";

// Brute force from the base tables (facility, service_at_location, service, service_term), not from the derived search
// index: what every index-backed facility query must agree with.

export type Svc = { terms: string[]; audiences: string[]; languages: string[]; free: boolean };
export type Fac = {
  id: string;
  lat: number;
  lng: number;
  type: string;
  wheelchair: string;
  status: string;
  services: Svc[];
};

export async function loadFacilities(pool: pg.Pool): Promise<Fac[]> {
  const { rows } = await pool.query<Fac>(`
    SELECT f.id, f.lat, f.lng, f.type::text AS type, f.wheelchair::text AS wheelchair, f.status::text AS status,
      coalesce(json_agg(json_build_object(
        'terms', (SELECT coalesce(array_agg(st.term_code), '{}') FROM service_term st JOIN taxonomy_term t ON t.code = st.term_code WHERE st.service_id = s.id AND t.kind = 'service'),
        'audiences', (SELECT coalesce(array_agg(st.term_code), '{}') FROM service_term st JOIN taxonomy_term t ON t.code = st.term_code WHERE st.service_id = s.id AND t.kind = 'audience'),
        'languages', s.languages, 'free', s.cost = 'free')) FILTER (WHERE s.id IS NOT NULL), '[]') AS services
    FROM facility f LEFT JOIN service_at_location sal ON sal.facility_id = f.id LEFT JOIN service s ON s.id = sal.service_id
    GROUP BY f.id`);
  return rows;
}

export function matches(f: Fac, q: FacilityFilters): boolean {
  if (f.status === "closed") return false;
  if (q.types?.length && !q.types.includes(f.type)) return false;
  if (q.wheelchair && f.wheelchair !== "yes") return false;
  if (q.bbox && !(f.lat >= q.bbox.minLat && f.lat <= q.bbox.maxLat && f.lng >= q.bbox.minLng && f.lng <= q.bbox.maxLng))
    return false;
  // Per asked-for term (or all services when none), the services of that term together must satisfy the filters.
  const groups = q.services.length
    ? q.services.map((code) => f.services.filter((s) => s.terms.includes(code)))
    : [f.services];
  return groups.some((group) => {
    if (q.services.length && group.length === 0) return false;
    if (q.free && !group.some((s) => s.free)) return false;
    if (q.audiences?.length && !group.some((s) => s.audiences.some((a) => q.audiences!.includes(a)))) return false;
    if (q.languages?.length && !group.some((s) => s.languages.some((l) => q.languages!.includes(l)))) return false;
    return true;
  });
}
