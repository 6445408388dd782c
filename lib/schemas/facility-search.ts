import { z } from "zod";
import { AUDIENCE_CODES, SERVICE_CODES } from "../reference/taxonomy";
import { FACILITY_TYPES } from "./facility";
import { listParam, singleParam, zBbox, zBoolean, zCodeList, zLatLng, zLimit, zPlaceName, zPostcode, zRadiusKm, zSingle } from "./query-params";
import { zCursor } from "./cursor";

// GET /api/v1/facilities: the query contract. Filters are any-of within one parameter, all-of across parameters.

const LANGUAGE = /^[a-z]{2}$/;

/** The filters every facility query shares (facilities list, map clusters). */
export const FILTER_FIELDS = {
  service: zCodeList(SERVICE_CODES, "service code").optional(),
  type: zCodeList(FACILITY_TYPES, "facility type").optional(),
  audience: zCodeList(AUDIENCE_CODES, "audience").optional(),
  language: z.array(z.string().regex(LANGUAGE, "must be ISO 639-1 codes such as nl, en, ar")).max(20, "has too many values").optional(),
  free: zSingle(zBoolean).optional(),
  wheelchair: zSingle(zBoolean).optional(),
};

export const ZFacilitySearchQuery = z.object({
  near: zSingle(zLatLng).optional(),
  postcode: zSingle(zPostcode).optional(),
  place: zSingle(zPlaceName).optional(),
  ...FILTER_FIELDS,
  /** now: open at this moment; today: open now or opening later today (Amsterdam time). */
  open: zSingle(z.enum(["now", "today"], { error: "must be now or today" })).optional(),
  /** Only facilities within this many km of the origin. */
  radius_km: zSingle(zRadiusKm).optional(),
  bbox: zSingle(zBbox).optional(),
  limit: zSingle(zLimit).default(20),
  cursor: zSingle(zCursor).optional(),
  format: zSingle(z.enum(["json", "geojson"], { error: "must be json or geojson" })).optional(),
}).strict().superRefine((q, ctx) => {
  const origins = (["near", "postcode", "place"] as const).filter((k) => q[k] !== undefined);
  if (origins.length > 1) {
    ctx.addIssue({ code: "custom", path: [origins[1] ?? "near"], message: `give only one of near, postcode and place (got ${origins.join(", ")})` });
  }
  if (q.radius_km !== undefined && origins.length === 0) ctx.addIssue({ code: "custom", path: ["radius_km"], message: "needs near, postcode or place to measure from" });
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
  for (const key of new Set(params.keys())) raw[key] = listKeys.includes(key) ? listParam(params, key) : singleParam(params, key);
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  return raw;
}

export const readFacilitySearchParams = (params: URLSearchParams) => readQueryParams(params, LIST_KEYS);
