import "server-only";

import type pg from "pg";
import Supercluster from "supercluster";

import { Prisma } from "../generated/prisma/client";
import { CLUSTER_RADIUS_PX } from "../geo/cluster-points";
import { cellLat, cellLng, cellX, cellY } from "../geo/web-mercator";
import type { TClusterQuery } from "../schemas/clusters";
import { filterSql, searchTerms, type FacilityFilters } from "./facility-filters";
import { bandOffsetsCte } from "./search-bands";
import { statementName } from "./statement-name";

// The map's markers for a box at a zoom level, for any number of facilities (GET /api/v1/clusters):
//  1. The box is clipped to the service region and widened to whole 16 × 16 px screen cells (Web Mercator at the
//     zoom; cells nest in 256 px tiles and in the cells of the zoom below).
//  2. Per cell: count, centre, extent, and the facility itself where a cell holds one — read from facility_cell (kept
//     per term for zoom 5–12, see its migration) when nothing but a service is asked for; otherwise grouped live from
//     facility_search: a GiST box scan in the term's band (the box's LAEA envelope), then the exact cells.
//     Either way the work is bounded by the box's size on screen (MAX_BOX_PX), not by the number of facilities.
//  3. supercluster merges the cells into clusters CLUSTER_RADIUS_PX apart, summing counts and extents.

export { CLUSTER_RADIUS_PX } from "../geo/cluster-points"; // the same as the organisation page's own clusters
/** facility_cell holds the zoom levels up to this one. */
export const PYRAMID_MAX_ZOOM = 12;

/** Facilities are in the Netherlands and Flanders; boxes are clipped to this, which keeps the projection well away
 *  from its singularity. */
export const SERVICE_REGION = { minLat: 49.4, maxLat: 55.9, minLng: 1.5, maxLng: 8.0 };

export type ClusterFeature = {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties:
    | { cluster: true; count: number; bbox: [number, number, number, number] }
    | { cluster: false; id: string; slug: string; name: string; type: string };
};
/** `bbox`: the box actually counted — the asked box clipped to the service region and widened to whole cells. */
export type ClusterCollection = {
  type: "FeatureCollection";
  features: ClusterFeature[];
  total: number;
  zoom: number;
  bbox: [number, number, number, number] | null;
};

type CellProps = {
  n: number;
  s: number;
  w: number;
  nn: number;
  e: number;
  id: string | null;
  slug: string | null;
  name: string | null;
  type: string | null;
};
type CellRow = CellProps & { lat: number; lng: number };
type CellRange = { x0: number; x1: number; y0: number; y1: number };
type Box = { minLng: number; minLat: number; maxLng: number; maxLat: number };

function liveCells(terms: string[], filters: FacilityFilters, box: Box, z: number, c: CellRange): Prisma.Sql {
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

export async function clusterFacilities(
  pool: pg.Pool,
  q: TClusterQuery,
  tuning: { pyramid?: boolean } = {},
): Promise<ClusterCollection> {
  const r = SERVICE_REGION;
  const z = q.zoom;
  const clip = {
    minLat: Math.max(q.bbox.minLat, r.minLat),
    maxLat: Math.min(q.bbox.maxLat, r.maxLat),
    minLng: Math.max(q.bbox.minLng, r.minLng),
    maxLng: Math.min(q.bbox.maxLng, r.maxLng),
  };
  if (clip.minLat >= clip.maxLat || clip.minLng >= clip.maxLng)
    return { type: "FeatureCollection", features: [], total: 0, zoom: z, bbox: null };
  const cells: CellRange = {
    x0: cellX(clip.minLng, z),
    x1: cellX(clip.maxLng, z),
    y0: cellY(clip.maxLat, z),
    y1: cellY(clip.minLat, z),
  };
  // Cell edges, padded by a hair for the index envelope and lat/lng pre-filter; the cell range decides exactly.
  const box: Box = {
    minLng: cellLng(cells.x0, z),
    maxLng: cellLng(cells.x1 + 1, z),
    maxLat: cellLat(cells.y0, z),
    minLat: cellLat(cells.y1 + 1, z),
  };
  const eps = 1e-9;
  const filters: FacilityFilters = {
    services: q.service ?? [],
    types: q.type,
    audiences: q.audience,
    languages: q.language,
    free: q.free,
    wheelchair: q.wheelchair,
    bbox: { minLng: box.minLng - eps, maxLng: box.maxLng + eps, minLat: box.minLat - eps, maxLat: box.maxLat + eps },
  };
  const terms = searchTerms(filters);
  const onlyTerm =
    terms.length === 1 &&
    !q.type?.length &&
    !q.audience?.length &&
    !q.language?.length &&
    q.free === undefined &&
    q.wheelchair === undefined;
  const sql =
    onlyTerm && z <= PYRAMID_MAX_ZOOM && tuning.pyramid !== false
      ? Prisma.sql`
      SELECT c.n, c.lat_sum / c.n AS lat, c.lng_sum / c.n AS lng, c.s, c.w, c.nn, c.e, f.id, f.slug, f.name, f.type::text AS type
      FROM facility_cell c LEFT JOIN facility f ON f.id = c.one
      WHERE c.term = ${terms[0]} AND c.z = ${z}::int AND c.cx BETWEEN ${cells.x0}::int AND ${cells.x1}::int AND c.cy BETWEEN ${cells.y0}::int AND ${cells.y1}::int
      ORDER BY c.cx, c.cy`
      : liveCells(terms, filters, box, z, cells);
  // Cells in a fixed order: supercluster merges greedily in input order, so the same cells give the same clusters.
  const { rows: found } = await pool.query<CellRow>({
    name: statementName("cells", sql.text),
    text: sql.text,
    values: sql.values,
  });

  const index = new Supercluster<CellProps, CellProps>({
    minZoom: z,
    maxZoom: z,
    extent: 256,
    radius: CLUSTER_RADIUS_PX,
    map: (p) => ({ ...p }),
    reduce: (acc, p) => {
      acc.n += p.n;
      acc.s = Math.min(acc.s, p.s);
      acc.w = Math.min(acc.w, p.w);
      acc.nn = Math.max(acc.nn, p.nn);
      acc.e = Math.max(acc.e, p.e);
    },
  });
  index.load(
    found.map((c) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [c.lng, c.lat] },
      properties: { n: c.n, s: c.s, w: c.w, nn: c.nn, e: c.e, id: c.id, slug: c.slug, name: c.name, type: c.type },
    })),
  );
  let total = 0;
  const features = index.getClusters([box.minLng, box.minLat, box.maxLng, box.maxLat], z).map((f): ClusterFeature => {
    const p = f.properties as CellProps;
    total += p.n;
    const coordinates = f.geometry.coordinates as [number, number];
    if (p.n === 1 && p.id && p.slug && p.name && p.type) {
      return {
        type: "Feature",
        geometry: { type: "Point", coordinates },
        properties: { cluster: false, id: p.id, slug: p.slug, name: p.name, type: p.type },
      };
    }
    return {
      type: "Feature",
      geometry: { type: "Point", coordinates },
      properties: { cluster: true, count: p.n, bbox: [p.w, p.s, p.e, p.nn] },
    };
  });
  return {
    type: "FeatureCollection",
    features,
    total,
    zoom: z,
    bbox: [box.minLng, box.minLat, box.maxLng, box.maxLat],
  };
}
