import "server-only";

import { Prisma } from "../../generated/prisma/client";

// facility_search holds one row per (facility, service term), each term in its own band of the projected plane
// (kpt: ETRS89-LAEA metres, x shifted by the term's search_slot × BAND_M; see prisma/schema.prisma), so one GiST
// index answers "nearest with this service" for every term. These fragments are the one place that knows the layout;
// the nearest-facility search, the services search and the map's clusters all use them.

/** Width of a term's band in facility_search.kpt (x offset per search slot), metres. */
export const BAND_M = 1e8;

/** CTE `bands(code, x0)`: each asked-for term and its band's x offset (slot 0 for "" = any facility). */
export function bandOffsetsCte(terms: string[]): Prisma.Sql {
  return Prisma.sql`bands AS MATERIALIZED (
      SELECT c.code, coalesce(t.search_slot, 0) * ${BAND_M}::float8 AS x0
      FROM unnest(${terms}::text[]) AS c(code) LEFT JOIN taxonomy_term t ON t.code = c.code
    )`;
}

/** CTEs `o(p)` (the origin in LAEA) and `bands(code, origin, band)`: per term, the origin moved into the term's band
 *  and the band as a box an index scan stays inside. */
export function originBandsCte(terms: string[], lat: number, lng: number): Prisma.Sql {
  return Prisma.sql`o AS MATERIALIZED (SELECT laea_3035(${lat}::float8, ${lng}::float8) AS p),
    bands AS MATERIALIZED (
      SELECT c.code, point(o.p[0] + b.x0, o.p[1]) AS origin,
        box(point(b.x0, -${BAND_M}::float8), point(b.x0 + ${BAND_M / 2}::float8, ${BAND_M}::float8)) AS band
      FROM o, unnest(${terms}::text[]) AS c(code)
      LEFT JOIN taxonomy_term t ON t.code = c.code
      CROSS JOIN LATERAL (SELECT coalesce(t.search_slot, 0) * ${BAND_M}::float8 AS x0) b
    )`;
}
