import { z } from "zod";

import { mercatorPx } from "../geo/web-mercator";
import { FILTER_FIELDS } from "./facility-search";
import { zBbox, zSingle } from "./query-params";

// GET /api/v1/clusters: the map's query. The box may be at most MAX_BOX_PX screen pixels wide and high at the asked
// zoom, so one answer never has to group more cells than a large screen shows.

export const MAX_BOX_PX = 4096;
export const MIN_ZOOM = 5;
export const MAX_ZOOM = 19;

const zZoom = z
  .string()
  .regex(/^\d{1,2}$/, `must be a whole number from ${MIN_ZOOM} to ${MAX_ZOOM}`)
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(MIN_ZOOM, `must be a whole number from ${MIN_ZOOM} to ${MAX_ZOOM}`)
      .max(MAX_ZOOM, `must be a whole number from ${MIN_ZOOM} to ${MAX_ZOOM}`),
  );

export const ZClusterQuery = z
  .object({
    bbox: zSingle(zBbox).meta({
      description: `<minLng>,<minLat>,<maxLng>,<maxLat>, at most ${MAX_BOX_PX} × ${MAX_BOX_PX} screen pixels at the zoom`,
    }),
    zoom: zSingle(zZoom).meta({ description: "Web Mercator zoom level (256 px tiles)" }),
    ...FILTER_FIELDS,
  })
  .strict()
  .superRefine((q, ctx) => {
    const a = mercatorPx(q.bbox.maxLat, q.bbox.minLng, q.zoom);
    const b = mercatorPx(q.bbox.minLat, q.bbox.maxLng, q.zoom);
    const w = Math.round(b.x - a.x),
      h = Math.round(b.y - a.y);
    if (w > MAX_BOX_PX || h > MAX_BOX_PX) {
      ctx.addIssue({
        code: "custom",
        path: ["bbox"],
        message: `is ${w}×${h} pixels at zoom ${q.zoom}; at most ${MAX_BOX_PX}×${MAX_BOX_PX} — zoom in or ask for a smaller box`,
      });
    }
  });

export type TClusterQuery = z.infer<typeof ZClusterQuery>;

export { ZClusterAnswer, ZClusterFeature, type TClusterAnswer, type TClusterFeature } from "./cluster-answer";
