import { z } from "zod";

import { FACILITY_TYPES } from "./common";

// GET /api/v1/clusters' answer, shared by the route (which parses what it sends) and the map client (which parses what
// it gets). Its own file, importing only zod and common.ts, so the map's bundle does not take the query contract's
// reference lists along; clusters.ts re-exports it.

/** [west, south, east, north] in degrees. */
const zBox = z.tuple([z.number(), z.number(), z.number(), z.number()]).describe("[west, south, east, north]");

export const ZClusterFeature = z.object({
  type: z.literal("Feature"),
  /** RFC 7946: [lng, lat] */
  geometry: z.object({
    type: z.literal("Point"),
    coordinates: z.tuple([z.number(), z.number()]).describe("[lng, lat]"),
  }),
  properties: z.discriminatedUnion("cluster", [
    z.object({
      cluster: z.literal(true),
      count: z.number().int().positive(),
      bbox: zBox.describe("the extent of the cluster's facilities"),
    }),
    z.object({
      cluster: z.literal(false),
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      type: z.enum(FACILITY_TYPES),
    }),
  ]),
});
export type TClusterFeature = z.infer<typeof ZClusterFeature>;

export const ZClusterAnswer = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(ZClusterFeature),
  total: z.number().int().nonnegative().describe("facilities counted in the box"),
  zoom: z.number().int(),
  bbox: zBox
    .nullable()
    .describe(
      "the box actually counted: the asked box clipped to the service region and widened to whole cells; null when nothing is left",
    ),
});
export type TClusterAnswer = z.infer<typeof ZClusterAnswer>;
