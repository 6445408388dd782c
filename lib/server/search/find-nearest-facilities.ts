import "server-only";

import type pg from "pg";

import { Prisma } from "../../generated/prisma/client";
import { statementName } from "../listings/statement-name";
import { filterSql, LIST_COLUMNS, searchTerms, type FacilityFilters, type ListRow } from "./facility-filters";
import { originBandsCte } from "./search-bands";

// Nearest facilities by true (haversine) distance, from the GiST index on facility_search.kpt (ETRS89-LAEA metres,
// each term in its own band, see search-bands.ts):
//  1. per asked-for term, the `oversample × k` nearest rows by projected distance (KNN inside the term's band);
//     D, the k-th smallest haversine distance among them, bounds the true k-th nearest, so every true top-k row lies
//     within projected radius r = D · MAX_PROJECTED_RATIO (+ 1 m);
//  2. if each term's scan already reached past r (or ran out), the candidates hold the answer; otherwise every row
//     within r is fetched with a GiST range scan and ranked by haversine.
// Projected and great-circle distances disagree by up to ~0.3 % here (projection scale error, sphere vs.
// ellipsoid); this makes the order exact anyway. Tests compare both paths with brute force.

/** Upper bound of projected / haversine distance over NL and Flanders (measured 1.0004 … 1.0033; tests check it). */
export const MAX_PROJECTED_RATIO = 1.01;

export type NearestRow = ListRow & { distance_m: number };

export async function findNearestFacilities(
  pool: pg.Pool,
  origin: { lat: number; lng: number },
  filters: FacilityFilters,
  page: { limit: number; after?: { d: number; id: string } },
  tuning: { oversample?: number } = {},
): Promise<NearestRow[]> {
  const { lat, lng } = origin;
  const k = page.limit;
  const m = Math.max(k, Math.round(k * (tuning.oversample ?? 2)));
  const dist = Prisma.sql`haversine_m(${lat}::float8, ${lng}::float8, s.lat, s.lng)`;
  const where = filterSql(filters);
  const after = page.after
    ? Prisma.sql`AND (${dist}, s.facility_id) > (${page.after.d}::float8, ${page.after.id}::uuid)`
    : Prisma.empty;
  const terms = searchTerms(filters);
  const q = Prisma.sql`
    WITH ${originBandsCte(terms, lat, lng)},
    scanned AS MATERIALIZED (
      SELECT b.code, c.facility_id, c.d, c.pd, c.service_terms
      FROM bands b
      CROSS JOIN LATERAL (
        SELECT s.facility_id, s.service_terms, ${dist} AS d, s.kpt <-> b.origin AS pd FROM facility_search s
        WHERE s.kpt <@ b.band AND s.term = b.code ${where} ${after}
        ORDER BY s.kpt <-> b.origin LIMIT ${m}
      ) c
    ),
    cand AS MATERIALIZED (
      SELECT facility_id, min(d) AS d, min(service_terms) AS service_terms FROM scanned
      GROUP BY facility_id ORDER BY d, facility_id LIMIT ${k}
    ),
    bound AS MATERIALIZED (
      -- Fewer than k candidates means every term ran out: no radius needed.
      SELECT CASE WHEN count(*) < ${k} THEN 1e12 ELSE max(d) * ${MAX_PROJECTED_RATIO} + 1 END AS r FROM cand
    ),
    covered AS MATERIALIZED (
      SELECT coalesce(bool_and(n < ${m} OR reach >= (SELECT r FROM bound)), true) AS yes
      FROM (SELECT count(*) AS n, max(pd) AS reach FROM scanned GROUP BY code) per_term
    ),
    hits AS (
      SELECT facility_id, d, service_terms FROM cand WHERE (SELECT yes FROM covered)
      UNION ALL
      (SELECT h.facility_id, min(h.d) AS d, min(h.service_terms) AS service_terms
      FROM bands b
      CROSS JOIN LATERAL (
        SELECT s.facility_id, s.service_terms, ${dist} AS d FROM facility_search s
        WHERE s.kpt <@ circle(b.origin, (SELECT r FROM bound)) AND s.kpt <@ b.band AND s.term = b.code ${where} ${after}
      ) h
      WHERE NOT (SELECT yes FROM covered)
      GROUP BY h.facility_id ORDER BY d, h.facility_id LIMIT ${k})
    )
    SELECT ${LIST_COLUMNS}, hits.service_terms, hits.d AS distance_m
    FROM hits JOIN facility f ON f.id = hits.facility_id
    ORDER BY hits.d, hits.facility_id`;
  // Named (prepared) per distinct SQL text: parsed once per connection instead of on every request.
  const { rows } = await pool.query<NearestRow>({
    name: statementName("nearest", q.text),
    text: q.text,
    values: q.values,
  });
  return rows;
}
