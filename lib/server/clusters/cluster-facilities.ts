import "server-only";

import type pg from "pg";

import type { TClusterQuery } from "../../schemas/clusters";
import { statementName } from "../listings/statement-name";
import { filtersOf, searchTerms } from "../search/facility-filters";
import { cellWindow } from "./cell-window";
import { liveCells, pyramidCells } from "./cells-sql";
import { mergeCells } from "./merge-cells";
import type { CellRow, ClusterCollection } from "./types";

// The map's markers for a box at a zoom level, for any number of facilities (GET /api/v1/clusters):
//  1. The box is clipped to the service region and widened to whole 16 × 16 px screen cells (Web Mercator at the
//     zoom; cells nest in 256 px tiles and in the cells of the zoom below) — clusters/cell-window.ts.
//  2. Per cell: count, centre, extent, and the facility itself where a cell holds one — read from facility_cell (kept
//     per term for zoom 5–12, see its migration) when nothing but a service is asked for; otherwise grouped live from
//     facility_search (clusters/cells-sql.ts). Either way the work is bounded by the box's size on screen
//     (MAX_BOX_PX), not by the number of facilities.
//  3. supercluster merges the cells into clusters CLUSTER_RADIUS_PX apart, summing counts and extents
//     (clusters/merge-cells.ts).

export { CLUSTER_RADIUS_PX } from "../../geo/cluster-points"; // the same as the organisation page's own clusters
export { SERVICE_REGION } from "./cell-window";
export type { ClusterCollection, ClusterFeature } from "./types";
/** facility_cell holds the zoom levels up to this one. */
export const PYRAMID_MAX_ZOOM = 12;

export async function clusterFacilities(
  pool: pg.Pool,
  q: TClusterQuery,
  tuning: { pyramid?: boolean } = {},
): Promise<ClusterCollection> {
  const z = q.zoom;
  const window = cellWindow(q.bbox, z);
  if (!window) return { type: "FeatureCollection", features: [], total: 0, zoom: z, bbox: null };
  const { cells, box } = window;
  // Cell edges, padded by a hair for the index envelope and lat/lng pre-filter; the cell range decides exactly.
  const eps = 1e-9;
  const filters = filtersOf(q, {
    minLng: box.minLng - eps,
    maxLng: box.maxLng + eps,
    minLat: box.minLat - eps,
    maxLat: box.maxLat + eps,
  });
  const terms = searchTerms(filters);
  const onlyTerm =
    terms.length === 1 &&
    !q.type?.length &&
    !q.audience?.length &&
    !q.language?.length &&
    q.free === undefined &&
    q.wheelchair === undefined;
  const sql =
    onlyTerm && terms[0] !== undefined && z <= PYRAMID_MAX_ZOOM && tuning.pyramid !== false
      ? pyramidCells(terms[0], z, cells)
      : liveCells(terms, filters, box, z, cells);
  const { rows: found } = await pool.query<CellRow>({
    name: statementName("cells", sql.text),
    text: sql.text,
    values: sql.values,
  });
  const { features, total } = mergeCells(found, box, z);
  return {
    type: "FeatureCollection",
    features,
    total,
    zoom: z,
    bbox: [box.minLng, box.minLat, box.maxLng, box.maxLat],
  };
}
