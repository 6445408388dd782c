import { z } from "zod";
import { AUDIENCE_CODES, SERVICE_CODES } from "../reference/taxonomy";
import { zBoolean, zCodeList, zGemeenteFilter, zPostcode, zRadiusKm, zSingle } from "./query-params";

// GET /api/v1/services and /verwijzen: services (not facilities) for a client's postcode or a gemeente.

export const COSTS = ["free", "contribution", "paid"] as const;
export const ACCESS_ROUTES = ["walk_in", "appointment", "referral"] as const;

export const ZServiceSearchQuery = z.object({
  postcode: zSingle(zPostcode).optional(),
  gemeente: zSingle(zGemeenteFilter).optional(),
  service: zCodeList(SERVICE_CODES, "service code").optional(),
  audience: zCodeList(AUDIENCE_CODES, "audience").optional(),
  language: z.array(z.string().regex(/^[a-z]{2}$/, "must be ISO 639-1 codes such as nl, en, ar")).max(20, "has too many values").optional(),
  cost: zCodeList(COSTS, "cost").optional(),
  access: zCodeList(ACCESS_ROUTES, "access route").optional(),
  radius_km: zSingle(zRadiusKm).optional(),
  /** With radius_km: also the services of organisations that work in the client's gemeente, however far away. */
  or_in_area: zSingle(zBoolean).optional(),
  sort: zSingle(z.enum(["area", "distance", "name", "organization"], { error: "must be area, distance, name or organization" })).default("area"),
  limit: zSingle(z.string().regex(/^\d{1,3}$/, "must be a whole number from 1 to 200").transform(Number)
    .pipe(z.number().int().min(1, "must be from 1 to 200").max(200, "must be from 1 to 200"))).default(25),
  format: zSingle(z.enum(["json", "csv"], { error: "must be json or csv" })).optional(),
  /** CSV only: ";" (default, for Dutch Excel) or "," (for tools). */
  sep: zSingle(z.enum([";", ","], { error: "must be ; or ," })).optional(),
}).strict().superRefine((q, ctx) => {
  if (!q.postcode && !q.gemeente) ctx.addIssue({ code: "custom", path: ["postcode"], message: "give the client's postcode or a gemeente (CBS code)" });
  if (q.radius_km !== undefined && !q.postcode) ctx.addIssue({ code: "custom", path: ["radius_km"], message: "needs a postcode to measure from" });
  if (q.or_in_area !== undefined && q.radius_km === undefined) ctx.addIssue({ code: "custom", path: ["or_in_area"], message: "goes with radius_km" });
});
export const SERVICE_LIST_KEYS = ["service", "audience", "language", "cost", "access"] as const;
export type TServiceSearchQuery = z.infer<typeof ZServiceSearchQuery>;

const ZTerm = z.object({ code: z.string(), name: z.string(), name_en: z.string() });

/** One service for a referral: where the client can get it nearest, and whether the organisation serves their area. */
export const ZServiceResult = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  organization: z.object({ slug: z.string(), name: z.string(), service_area: z.array(z.string()) }),
  categories: z.array(ZTerm),
  audiences: z.array(ZTerm),
  languages: z.array(z.string()),
  cost: z.enum(COSTS),
  cost_text: z.string().nullable(),
  access: z.array(z.enum(ACCESS_ROUTES)),
  eligibility: z.string().nullable(),
  contact: z.object({ phone: z.string().nullable(), email: z.string().nullable(), website: z.string().nullable() }),
  location: z.object({
    service_at_location_id: z.uuid(),
    facility: z.object({ slug: z.string(), name: z.string(), street: z.string(), house_number: z.string(), house_number_addition: z.string().nullable(), postcode: z.string(), place: z.string(), gemeente_code: z.string(), lat: z.number(), lng: z.number() }),
    distance_m: z.number().int().nonnegative(),
  }),
  /** true/false: the organisation lists / does not list the client's gemeente; null: it lists no area, or no gemeente is known. */
  in_service_area: z.boolean().nullable(),
  last_verified_at: z.string().nullable(),
});
export type TServiceResult = z.infer<typeof ZServiceResult>;
