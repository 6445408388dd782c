import "server-only";

import { cellLat, cellLng, cellX, cellY } from "../../geo/web-mercator";
import type { Box, CellRange } from "./types";

/** Facilities are in the Netherlands and Flanders; boxes are clipped to this, which keeps the projection well away
 *  from its singularity. */
export const SERVICE_REGION = { minLat: 49.4, maxLat: 55.9, minLng: 1.5, maxLng: 8.0 };

/**
 * The asked box clipped to the service region and widened to whole 16 × 16 px cells at zoom `z`: the cell range, and
 * the box of those cells' edges. null when nothing of the box lies in the region.
 */
export function cellWindow(asked: Box, z: number): { cells: CellRange; box: Box } | null {
  const r = SERVICE_REGION;
  const clip = {
    minLat: Math.max(asked.minLat, r.minLat),
    maxLat: Math.min(asked.maxLat, r.maxLat),
    minLng: Math.max(asked.minLng, r.minLng),
    maxLng: Math.min(asked.maxLng, r.maxLng),
  };
  if (clip.minLat >= clip.maxLat || clip.minLng >= clip.maxLng) return null;
  const cells: CellRange = {
    x0: cellX(clip.minLng, z),
    x1: cellX(clip.maxLng, z),
    y0: cellY(clip.maxLat, z),
    y1: cellY(clip.minLat, z),
  };
  const box: Box = {
    minLng: cellLng(cells.x0, z),
    maxLng: cellLng(cells.x1 + 1, z),
    maxLat: cellLat(cells.y0, z),
    minLat: cellLat(cells.y1 + 1, z),
  };
  return { cells, box };
}
