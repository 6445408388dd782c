import { z } from "zod";

import { activeCodes, isRetired } from "../reference/term-registry";
import { FACILITY_TYPES, zPostcodeQuery } from "./common";
import { zCursor } from "./cursor";
import { ZFacilityDetail, ZFacilityListItem } from "./facility";
import { zSlug } from "./organization";
import {
  listParam,
  singleParam,
  zBbox,
  zBoolean,
  zCodeList,
  zLatLng,
  zLimit,
  zPlaceName,
  zRadiusKm,
  zSingle,
} from "./query-params";

// GET /api/v1/facilities: the query contract. Filters are any-of within one parameter, all-of across parameters.

const LANGUAGE = /^[a-z]{2}$/;

/** The filters every facility query shares (facilities list, map clusters). */
export const FILTER_FIELDS = {
  service: zCodeList(
    () => activeCodes("service"),
    "service code",
    (c) => isRetired(c, "service"),
  )
    .optional()
    .meta({ description: "service codes (GET /api/v1/taxonomy); any of them", group: "filters" }),
  type: zCodeList(FACILITY_TYPES, "facility type")
    .optional()
    .meta({ description: "facility types; any of them", group: "filters" }),
  audience: zCodeList(
    () => activeCodes("audience"),
    "audience",
    (c) => isRetired(c, "audience"),
  )
    .optional()
    .meta({ description: "audience codes (GET /api/v1/taxonomy); any of them", group: "filters" }),
  language: z
    .array(z.string().regex(LANGUAGE, "must be ISO 639-1 codes such as nl, en, ar"))
    .max(20, "has too many values")
    .optional()
    .meta({ description: "ISO 639-1 codes of the languages spoken, e.g. nl,en,ar; any of them", group: "filters" }),
  free: zSingle(zBoolean)
    .optional()
    .meta({ description: "true: only facilities with a free service; false: only those without", group: "filters" }),
  wheelchair: zSingle(zBoolean)
    .optional()
    .meta({ description: "true: only wheelchair accessible facilities; false: only the others", group: "filters" }),
};

/** Where a search measures from: one of a point, a postcode or a place (facilities, activities). */
export const ORIGIN_FIELDS = {
  near: zSingle(zLatLng)
    .optional()
    .meta({ description: "the origin as <lat>,<lng>, e.g. 52.0907,5.1214", group: "origin" }),
  postcode: zSingle(zPostcodeQuery)
    .optional()
    .meta({ description: "the origin as a PC4 or PC6 postcode, e.g. 3512 or 3512 AB", group: "origin" }),
  place: zSingle(zPlaceName)
    .optional()
    .meta({ description: "the origin as a place name, e.g. Den Bosch", group: "origin" }),
};

/** The origins a query gives, with an issue when it gives more than one. */
export function originsOf(q: { near?: unknown; postcode?: unknown; place?: unknown }, ctx: z.RefinementCtx): string[] {
  const origins = (["near", "postcode", "place"] as const).filter((k) => q[k] !== undefined);
  if (origins.length > 1)
    ctx.addIssue({
      code: "custom",
      path: [origins[1] ?? "near"],
      message: `give only one of near, postcode and place (got ${origins.join(", ")})`,
    });
  return origins;
}

export const ZFacilitySearchQuery = z
  .object({
    ...ORIGIN_FIELDS,
    ...FILTER_FIELDS,
    /** Amsterdam time. */
    open: zSingle(z.enum(["now", "today"], { error: "must be now or today" }))
      .optional()
      .meta({
        description: "now: open at this moment; today: also opening later today (items carry opens_at, e.g. 13:00)",
        group: "filters",
      }),
    radius_km: zSingle(zRadiusKm).optional().meta({
      description: "only facilities within this many km of the origin (needs near, postcode or place)",
      group: "filters",
    }),
    bbox: zSingle(zBbox)
      .optional()
      .meta({ description: "only facilities in the box <minLng>,<minLat>,<maxLng>,<maxLat>", group: "filters" }),
    limit: zSingle(zLimit).default(20).meta({ description: "facilities per page", group: "paging" }),
    cursor: zSingle(zCursor).optional().meta({ description: "next_cursor of the previous page", group: "paging" }),
    format: zSingle(z.enum(["json", "geojson"], { error: "must be json or geojson" }))
      .optional()
      .meta({
        description: "geojson: an RFC 7946 FeatureCollection ([lng, lat]); also by Accept: application/geo+json",
      }),
  })
  .strict()
  .superRefine((q, ctx) => {
    const origins = originsOf(q, ctx);
    if (q.radius_km !== undefined && origins.length === 0)
      ctx.addIssue({ code: "custom", path: ["radius_km"], message: "needs near, postcode or place to measure from" });
  });

export type TFacilitySearchQuery = z.infer<typeof ZFacilitySearchQuery>;

const LIST_KEYS = ["service", "type", "audience", "language"] as const;

/**
 * URLSearchParams → the raw object a `.strict()` query schema parses: list keys (repeated or comma-separated) become
 * arrays, every other key its single value (an array when repeated, which zSingle reports); unknown keys are kept so
 * `.strict()` names them.
 */
export function readQueryParams(params: URLSearchParams, listKeys: readonly string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys()))
    raw[key] = listKeys.includes(key) ? listParam(params, key) : singleParam(params, key);
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  return raw;
}

export const readFacilitySearchParams = (params: URLSearchParams) => readQueryParams(params, LIST_KEYS);

/** GET /api/v1/facilities/{slug}: the path's slug and the answer's format. */
export const ZFacilityDetailQuery = z
  .object({
    slug: zSlug.meta({ description: "the facility's slug (from a list's items)" }),
    format: z
      .enum(["json", "geojson"], { error: "must be json or geojson" })
      .optional()
      .meta({ description: "geojson: an RFC 7946 Feature ([lng, lat]); also by Accept: application/geo+json" }),
  })
  .strict();

// The answers. Items are parsed where they are made (lib/server); the envelope is parsed by the route.

/** Where a search measured from: the asked point, postcode or place as the geocoder found it. */
export const ZOrigin = z.object({
  lat: z.number(),
  lng: z.number(),
  label: z.string(),
  source: z.enum(["near", "postcode", "place"]),
  gemeente_code: z.string().nullable(),
  precision: z.enum(["pc6", "pc4", "place"]).optional(),
  partial: z.boolean().optional().describe("found by part of the text (Amsterdam Noord → Amsterdam)"),
  gemeente_codes: z.array(z.string()).optional().describe("a PC4 across a gemeente border: every gemeente it reaches"),
});

const zPoint = z.object({
  type: z.literal("Point"),
  coordinates: z.tuple([z.number(), z.number()]).describe("[lng, lat]"),
});
const zPaging = {
  next_cursor: z.string().nullable().describe("the cursor of the next page; null on the last"),
  origin: ZOrigin.nullable(),
};

export const ZFacilityListAnswer = z.object({ data: z.array(ZFacilityListItem), ...zPaging });
export const ZFacilityListGeoJson = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      geometry: zPoint,
      properties: ZFacilityListItem.omit({ lat: true, lng: true }),
    }),
  ),
  ...zPaging,
});
export const ZFacilityDetailAnswer = z.object({ data: ZFacilityDetail });
export const ZFacilityDetailGeoJson = z.object({
  type: z.literal("Feature"),
  geometry: zPoint,
  properties: ZFacilityDetail.omit({ lat: true, lng: true }),
});
