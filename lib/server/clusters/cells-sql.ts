import "server-only";

import { Prisma } from "../../generated/prisma/client";
import { filterSql, type FacilityFilters } from "../search/facility-filters";
import { bandOffsetsCte } from "../search/search-bands";
import type { Box, CellRange } from "./types";

// The two ways to read a box's cells (both ordered by cell, so supercluster, which merges greedily in input order,
// gives the same clusters for the same cells).

/** From facility_cell, kept per term for the zoom levels of the pyramid: when nothing but a service is asked for. */
export const pyramidCells = (term: string, z: number, c: CellRange): Prisma.Sql => Prisma.sql`
      SELECT c.n, c.lat_sum / c.n AS lat, c.lng_sum / c.n AS lng, c.s, c.w, c.nn, c.e, f.id, f.slug, f.name, f.type::text AS type
      FROM facility_cell c LEFT JOIN facility f ON f.id = c.one
      WHERE c.term = ${term} AND c.z = ${z}::int AND c.cx BETWEEN ${c.x0}::int AND ${c.x1}::int AND c.cy BETWEEN ${c.y0}::int AND ${c.y1}::int
      ORDER BY c.cx, c.cy`;

/** Grouped live from facility_search: a GiST box scan in the term's band (the box's LAEA envelope), then the exact
 *  cells. */
export function liveCells(terms: string[], filters: FacilityFilters, box: Box, z: number, c: CellRange): Prisma.Sql {
  // A facility offering several of the asked services has a row per service: count it once.
  const rows =
    terms.length > 1
      ? Prisma.sql`SELECT DISTINCT ON (facility_id) facility_id, lat, lng FROM hits ORDER BY facility_id`
      : Prisma.sql`SELECT facility_id, lat, lng FROM hits`;
  return Prisma.sql`
    WITH env AS MATERIALIZED (
      -- the box's envelope in LAEA metres, from a 9 × 9 grid of its points, padded for the curved edges
      SELECT min(p[0]) - 1000 - (max(p[0]) - min(p[0])) * 0.02 AS x1, max(p[0]) + 1000 + (max(p[0]) - min(p[0])) * 0.02 AS x2,
             min(p[1]) - 1000 - (max(p[1]) - min(p[1])) * 0.02 AS y1, max(p[1]) + 1000 + (max(p[1]) - min(p[1])) * 0.02 AS y2
      FROM (SELECT laea_3035(${box.minLat}::float8 + (${box.maxLat}::float8 - ${box.minLat}::float8) * i / 8.0,
                             ${box.minLng}::float8 + (${box.maxLng}::float8 - ${box.minLng}::float8) * j / 8.0) AS p
            FROM generate_series(0, 8) i, generate_series(0, 8) j) g
    ),
    ${bandOffsetsCte(terms)},
    hits AS (
      SELECT s.facility_id, s.lat, s.lng
      FROM bands b, env, facility_search s
      WHERE s.kpt <@ box(point(b.x0 + env.x1, env.y1), point(b.x0 + env.x2, env.y2)) AND s.term = b.code ${filterSql(filters)}
    ),
    cells AS (
      SELECT cx, cy, count(*)::int AS n, avg(lat) AS lat, avg(lng) AS lng,
             min(lat) AS s, min(lng) AS w, max(lat) AS nn, max(lng) AS e, min(facility_id::text) AS one
      FROM (SELECT r.*, cell_x(lng, ${z}::int) AS cx, cell_y(lat, ${z}::int) AS cy FROM (${rows}) r) r
      WHERE cx BETWEEN ${c.x0}::int AND ${c.x1}::int AND cy BETWEEN ${c.y0}::int AND ${c.y1}::int
      GROUP BY cx, cy
    )
    SELECT c.n, c.lat, c.lng, c.s, c.w, c.nn, c.e, f.id, f.slug, f.name, f.type::text AS type
    FROM cells c LEFT JOIN facility f ON c.n = 1 AND f.id = c.one::uuid
    ORDER BY c.cx, c.cy`;
}
