import "server-only";
import type pg from "pg";
import { Prisma } from "../generated/prisma/client";
import { statementName } from "./statement-name";
import { filterSql, LIST_COLUMNS, searchTerms, type FacilityFilters, type ListRow } from "./facility-filters";

// Nearest facilities by true (haversine) distance, in two index-backed steps:
//  1. per asked-for term, the k nearest rows by projected distance (GiST KNN on (term, pt) in ETRS89-LAEA metres);
//     the k-th smallest haversine distance among them, D, bounds the true k-th nearest;
//  2. every row with projected distance ≤ D · MAX_PROJECTED_RATIO (a GiST range scan), ranked by haversine.
// Step 2 makes the result exact although projected and great-circle distances disagree by up to ~0.5 % (the
// projection's scale error plus sphere vs. ellipsoid); tests compare it with brute force.

/** Upper bound of projected / haversine distance over NL and Flanders (measured 1.0004 … 1.0033; tests check it). */
export const MAX_PROJECTED_RATIO = 1.01;

export type NearestRow = ListRow & { distance_m: number };

export async function findNearestFacilities(
  pool: pg.Pool,
  origin: { lat: number; lng: number },
  filters: FacilityFilters,
  page: { limit: number; after?: { d: number; id: string } },
): Promise<NearestRow[]> {
  const { lat, lng } = origin;
  const k = page.limit;
  const dist = Prisma.sql`haversine_m(${lat}::float8, ${lng}::float8, s.lat, s.lng)`;
  const where = filterSql(filters);
  const after = page.after
    ? Prisma.sql`AND (${dist}, s.facility_id) > (${page.after.d}::float8, ${page.after.id}::uuid)`
    : Prisma.empty;
  const q = Prisma.sql`
    WITH o AS MATERIALIZED (SELECT laea_3035(${lat}::float8, ${lng}::float8) AS p),
    cand AS (
      SELECT c.facility_id, min(c.d) AS d
      FROM unnest(${searchTerms(filters)}::text[]) AS code
      CROSS JOIN LATERAL (
        SELECT s.facility_id, ${dist} AS d FROM facility_search s
        WHERE s.term = code ${where} ${after}
        ORDER BY s.pt <-> (SELECT p FROM o) LIMIT ${k}
      ) c
      GROUP BY c.facility_id ORDER BY d LIMIT ${k}
    ),
    bound AS (
      -- Fewer than k candidates means every term ran out: no radius needed.
      SELECT CASE WHEN count(*) < ${k} THEN 1e9 ELSE max(d) * ${MAX_PROJECTED_RATIO} + 1 END AS r FROM cand
    ),
    hits AS (
      SELECT h.facility_id, min(h.d) AS d, min(h.service_terms) AS service_terms
      FROM unnest(${searchTerms(filters)}::text[]) AS code
      CROSS JOIN LATERAL (
        SELECT s.facility_id, s.service_terms, ${dist} AS d FROM facility_search s
        WHERE s.term = code AND s.pt <@ circle((SELECT p FROM o), (SELECT r FROM bound)) ${where} ${after}
      ) h
      GROUP BY h.facility_id ORDER BY d, h.facility_id LIMIT ${k}
    )
    SELECT ${LIST_COLUMNS}, hits.service_terms, hits.d AS distance_m
    FROM hits JOIN facility f ON f.id = hits.facility_id
    ORDER BY hits.d, hits.facility_id`;
  // Named (prepared) per distinct SQL text: planned once per connection instead of on every request.
  const { rows } = await pool.query<NearestRow>({ name: statementName("nearest", q.text), text: q.text, values: q.values });
  return rows;
}
