import "server-only";
import type pg from "pg";
import Supercluster from "supercluster";
import { Prisma } from "../generated/prisma/client";
import type { TClusterQuery } from "../schemas/clusters";
import { filterSql, searchTerms, type FacilityFilters } from "./facility-filters";
import { BAND_M } from "./find-nearest-facilities";
import { statementName } from "./statement-name";

// The map's markers for a box at a zoom level, for any number of facilities (GET /api/v1/clusters):
//  1. SQL groups the matching facilities in the box into CELL_PX × CELL_PX screen cells (Web Mercator pixels at the
//     zoom): count, centre and extent per cell, and the facility itself where a cell holds one. The index scan is a
//     GiST box search in the term's band of facility_search.kpt (the box's LAEA envelope), then the exact lat/lng box.
//     The answer is bounded by the box's pixel size (MAX_BOX_PX), not by the number of facilities.
//  2. supercluster merges the cells into clusters CLUSTER_RADIUS_PX apart, summing counts and extents.

export const CELL_PX = 16;
export const CLUSTER_RADIUS_PX = 44;

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
export type ClusterCollection = { type: "FeatureCollection"; features: ClusterFeature[]; total: number; zoom: number };

type CellRow = { n: number; lat: number; lng: number; s: number; w: number; nn: number; e: number; id: string | null; slug: string | null; name: string | null; type: string | null };
type CellProps = { n: number; s: number; w: number; nn: number; e: number; id: string | null; slug: string | null; name: string | null; type: string | null };

export async function clusterFacilities(pool: pg.Pool, q: TClusterQuery): Promise<ClusterCollection> {
  const r = SERVICE_REGION;
  const box = {
    minLat: Math.max(q.bbox.minLat, r.minLat), maxLat: Math.min(q.bbox.maxLat, r.maxLat),
    minLng: Math.max(q.bbox.minLng, r.minLng), maxLng: Math.min(q.bbox.maxLng, r.maxLng),
  };
  if (box.minLat >= box.maxLat || box.minLng >= box.maxLng) return { type: "FeatureCollection", features: [], total: 0, zoom: q.zoom };
  const filters: FacilityFilters = {
    services: q.service ?? [], types: q.type, audiences: q.audience, languages: q.language,
    free: q.free, wheelchair: q.wheelchair, bbox: box,
  };
  const terms = searchTerms(filters);
  const scale = (256 * 2 ** q.zoom) / CELL_PX; // cells across the world at this zoom
  // A facility offering several of the asked services has a row per service: count it once.
  const rows = terms.length > 1
    ? Prisma.sql`SELECT DISTINCT ON (facility_id) facility_id, lat, lng FROM hits ORDER BY facility_id`
    : Prisma.sql`SELECT facility_id, lat, lng FROM hits`;
  const q2 = Prisma.sql`
    WITH env AS MATERIALIZED (
      -- the box's envelope in LAEA metres, from a 9 × 9 grid of its points, padded for the curved edges
      SELECT min(p[0]) - 1000 - (max(p[0]) - min(p[0])) * 0.02 AS x1, max(p[0]) + 1000 + (max(p[0]) - min(p[0])) * 0.02 AS x2,
             min(p[1]) - 1000 - (max(p[1]) - min(p[1])) * 0.02 AS y1, max(p[1]) + 1000 + (max(p[1]) - min(p[1])) * 0.02 AS y2
      FROM (SELECT laea_3035(${box.minLat}::float8 + (${box.maxLat}::float8 - ${box.minLat}::float8) * i / 8.0,
                             ${box.minLng}::float8 + (${box.maxLng}::float8 - ${box.minLng}::float8) * j / 8.0) AS p
            FROM generate_series(0, 8) i, generate_series(0, 8) j) g
    ),
    bands AS MATERIALIZED (
      SELECT c.code, coalesce(t.search_slot, 0) * ${BAND_M}::float8 AS x0
      FROM unnest(${terms}::text[]) AS c(code) LEFT JOIN taxonomy_term t ON t.code = c.code
    ),
    hits AS (
      SELECT s.facility_id, s.lat, s.lng
      FROM bands b, env, facility_search s
      WHERE s.kpt <@ box(point(b.x0 + env.x1, env.y1), point(b.x0 + env.x2, env.y2)) AND s.term = b.code ${filterSql(filters)}
    ),
    cells AS (
      SELECT floor((lng + 180) / 360 * ${scale}::float8)::int AS cx,
             floor((0.5 - ln(tan(pi() / 4 + radians(lat) / 2)) / (2 * pi())) * ${scale}::float8)::int AS cy,
             count(*)::int AS n, avg(lat) AS lat, avg(lng) AS lng,
             min(lat) AS s, min(lng) AS w, max(lat) AS nn, max(lng) AS e, min(facility_id::text) AS one
      FROM (${rows}) r GROUP BY 1, 2
    )
    SELECT c.n, c.lat, c.lng, c.s, c.w, c.nn, c.e, f.id, f.slug, f.name, f.type::text AS type
    FROM cells c LEFT JOIN facility f ON c.n = 1 AND f.id = c.one::uuid`;
  const { rows: cells } = await pool.query<CellRow>({ name: statementName("cells", q2.text), text: q2.text, values: q2.values });

  const index = new Supercluster<CellProps, CellProps>({
    minZoom: q.zoom, maxZoom: q.zoom, extent: 256, radius: CLUSTER_RADIUS_PX,
    map: (p) => ({ ...p }),
    reduce: (acc, p) => {
      acc.n += p.n; acc.s = Math.min(acc.s, p.s); acc.w = Math.min(acc.w, p.w); acc.nn = Math.max(acc.nn, p.nn); acc.e = Math.max(acc.e, p.e);
    },
  });
  index.load(cells.map((c) => ({
    type: "Feature", geometry: { type: "Point", coordinates: [c.lng, c.lat] },
    properties: { n: c.n, s: c.s, w: c.w, nn: c.nn, e: c.e, id: c.id, slug: c.slug, name: c.name, type: c.type },
  })));
  let total = 0;
  const features = index.getClusters([box.minLng, box.minLat, box.maxLng, box.maxLat], q.zoom).map((f): ClusterFeature => {
    const p = f.properties as CellProps;
    total += p.n;
    const coordinates = f.geometry.coordinates as [number, number];
    if (p.n === 1 && p.id && p.slug && p.name && p.type) {
      return { type: "Feature", geometry: { type: "Point", coordinates }, properties: { cluster: false, id: p.id, slug: p.slug, name: p.name, type: p.type } };
    }
    return { type: "Feature", geometry: { type: "Point", coordinates }, properties: { cluster: true, count: p.n, bbox: [p.w, p.s, p.e, p.nn] } };
  });
  return { type: "FeatureCollection", features, total, zoom: q.zoom };
}
