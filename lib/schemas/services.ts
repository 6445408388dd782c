import { z } from "zod";

import { activeCodes, isRetired } from "../reference/term-registry";
import { ACCESS_ROUTES, COSTS, ZAddress, zPostcodeQuery } from "./common";
import { ZServicePublic } from "./facility";
import { zBoolean, zCodeList, zGemeenteFilter, zRadiusKm, zSingle } from "./query-params";

// GET /api/v1/services and /verwijzen: services (not facilities) for a client's postcode or a gemeente.

export const ZServiceSearchQuery = z
  .object({
    postcode: zSingle(zPostcodeQuery).optional().meta({
      description: "the client's PC4 or PC6 postcode (results carry in_service_area); this or gemeente",
      group: "area",
    }),
    gemeente: zSingle(zGemeenteFilter)
      .optional()
      .meta({ description: "CBS gemeente code, e.g. GM0344; this or postcode", group: "area" }),
    service: zCodeList(
      () => activeCodes("service"),
      "service code",
      (c) => isRetired(c, "service"),
    )
      .optional()
      .meta({ description: "service codes; any of them", group: "filters" }),
    audience: zCodeList(
      () => activeCodes("audience"),
      "audience",
      (c) => isRetired(c, "audience"),
    )
      .optional()
      .meta({ description: "audience codes; any of them", group: "filters" }),
    language: z
      .array(z.string().regex(/^[a-z]{2}$/, "must be ISO 639-1 codes such as nl, en, ar"))
      .max(20, "has too many values")
      .optional()
      .meta({ description: "ISO 639-1 codes, e.g. nl,en,ar; any of them", group: "filters" }),
    cost: zCodeList(COSTS, "cost")
      .optional()
      .meta({ description: "what the service costs; any of them", group: "filters" }),
    access: zCodeList(ACCESS_ROUTES, "access route")
      .optional()
      .meta({ description: "how a client gets in; any of them", group: "filters" }),
    radius_km: zSingle(zRadiusKm)
      .optional()
      .meta({ description: "only services within this many km of the postcode", group: "area" }),
    or_in_area: zSingle(zBoolean).optional().meta({
      description:
        "true: with radius_km, also services of organisations that work in the client's gemeente, however far",
      group: "area",
    }),
    sort: zSingle(
      z.enum(["area", "distance", "name", "organization"], { error: "must be area, distance, name or organization" }),
    )
      .default("area")
      .meta({ description: "area: in the client's gemeente first, then by distance" }),
    limit: zSingle(
      z
        .string()
        .regex(/^\d{1,3}$/, "must be a whole number from 1 to 200")
        .transform(Number)
        .pipe(z.number().int().min(1, "must be from 1 to 200").max(200, "must be from 1 to 200")),
    )
      .default(25)
      .meta({ description: "services in the answer" }),
    format: zSingle(z.enum(["json", "csv"], { error: "must be json or csv" }))
      .optional()
      .meta({ description: "csv: a spreadsheet export (text/csv)" }),
    sep: zSingle(z.enum([";", ","], { error: "must be ; or ," }))
      .optional()
      .meta({ description: "CSV column separator: ; (Dutch Excel) when left out, or ," }),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (!q.postcode && !q.gemeente)
      ctx.addIssue({
        code: "custom",
        path: ["postcode"],
        message: "give the client's postcode or a gemeente (CBS code)",
      });
    if (q.radius_km !== undefined && !q.postcode)
      ctx.addIssue({ code: "custom", path: ["radius_km"], message: "needs a postcode to measure from" });
    if (q.or_in_area !== undefined && q.radius_km === undefined)
      ctx.addIssue({ code: "custom", path: ["or_in_area"], message: "goes with radius_km" });
  });
export const SERVICE_LIST_KEYS = ["service", "audience", "language", "cost", "access"] as const;
export type TServiceSearchQuery = z.infer<typeof ZServiceSearchQuery>;

/** One service for a referral: where the client can get it nearest, and whether the organisation serves their area. */
// The service as the public pages show it (ZServicePublic), plus where the client gets it and whether it serves them.
export const ZServiceResult = ZServicePublic.extend({
  location: z.object({
    service_at_location_id: z.uuid(),
    facility: z.object({
      slug: z.string(),
      name: z.string(),
      ...ZAddress.shape,
      lat: z.number(),
      lng: z.number(),
    }),
    distance_m: z.number().int().nonnegative(),
  }),
  /** true/false: the organisation lists / does not list the client's gemeente; null: it lists no area, or no gemeente is known. */
  in_service_area: z.boolean().nullable(),
  last_verified_at: z.string().nullable(),
});
export type TServiceResult = z.infer<typeof ZServiceResult>;

/** GET /api/v1/services (JSON): the services and the client's area as understood. */
export const ZServiceListAnswer = z.object({
  data: z.array(ZServiceResult),
  client: z
    .object({
      gemeente: z.object({ code: z.string(), name: z.string() }).nullable(),
      label: z.string(),
      lat: z.number(),
      lng: z.number(),
    })
    .describe("where distances are measured from: the postcode, or the gemeente's centre"),
});

export const ZServiceIdQuery = z
  .object({ id: z.uuid("must be a service id").meta({ description: "the service's id (from a list's items)" }) })
  .strict();

/** GET /api/v1/services/{id}: a service's editable fields, as PATCH takes them, and its version (also the ETag). */
export const ZServiceEditAnswer = z.object({
  data: z.object({
    id: z.uuid(),
    organization_id: z.uuid().nullable(),
    version: z.number().int(),
    name: z.string(),
    description: z.string(),
    languages: z.array(z.string()),
    cost: z.enum(COSTS),
    cost_text: z.string().nullable(),
    access: z.array(z.enum(ACCESS_ROUTES)),
    eligibility: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    categories: z.array(z.string()),
    audiences: z.array(z.string()),
    facility_ids: z.array(z.uuid()),
    location_overrides: z
      .record(z.uuid(), z.object({ note: z.string().nullable(), opening_hours: z.string().nullable() }))
      .describe("per facility id, what differs there"),
  }),
});
