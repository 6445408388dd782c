import { z } from "zod";

import { amsterdamInstant } from "../time";
import { zPostcodeQuery } from "./common";
import { singleParam, zBoolean, zSingle } from "./query-params";
import { zStorableString } from "./text";

// The query parameters of the HSDS 3.0 API (/api/hsds), named as in Open Referral's openapi.json. Unknown parameters
// are errors that name the ones the endpoint takes (400 problem+json, every bad parameter at once).

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `must be a whole number from ${min} to ${max}`)
        .max(max, `must be a whole number from ${min} to ${max}`),
    );

/** Deepest page: far beyond any real list, low enough that an offset never becomes absurd. */
export const MAX_PAGE = 100_000;
export const MAX_PER_PAGE = 500;

const zId = z.guid({ error: "must be an id (a UUID) from this API" });

/** A date-time with Z or an offset (2026-01-31T12:00:00Z), or a date (from midnight in Amsterdam). */
const zSince = z.string().transform((v, ctx) => {
  if (z.iso.datetime({ offset: true }).safeParse(v).success) return new Date(v);
  if (z.iso.date().safeParse(v).success) return amsterdamInstant(v);
  ctx.addIssue({
    code: "custom",
    message: "must be an ISO 8601 date-time with Z or an offset, or a date (2026-01-31)",
  });
  return z.NEVER;
});

const paging = {
  page: zSingle(wholeNumber(1, MAX_PAGE)).default(1).meta({ description: "page number, from 1" }),
  per_page: zSingle(wholeNumber(1, MAX_PER_PAGE)).default(50).meta({ description: "items per page (at most 500)" }),
  format: zSingle(z.enum(["json", "ndjson"], { error: "must be json or ndjson" }))
    .default("json")
    .meta({ description: "ndjson: every matching item, one JSON object a line, without pages" }),
  search: zSingle(zStorableString().trim().min(2, "must be at least 2 characters").max(100, "is too long"))
    .optional()
    .meta({ description: "text in the name (or description)" }),
};
const filters = {
  taxonomy_term_id: zSingle(zId).optional().meta({ description: "only services with this taxonomy term" }),
  taxonomy_id: zSingle(zId).optional().meta({ description: "only services with a term of this taxonomy" }),
  organization_id: zSingle(zId).optional().meta({ description: "only services of this organisation" }),
  modified_after: zSingle(zSince)
    .optional()
    .meta({ description: "only what changed at or after this moment (ISO 8601), for incremental harvesting" }),
};

export const ZHsdsServicesQuery = z.object({
  ...paging,
  ...filters,
  full: zSingle(zBoolean).default(false).meta({ description: "true: each service fully nested, as services/{id}" }),
  minimal: zSingle(zBoolean).default(false).meta({ description: "true: only id and last_modified" }),
});

export const ZHsdsServiceAtLocationsQuery = z
  .object({
    ...paging,
    ...filters,
    postcode: zSingle(zPostcodeQuery)
      .optional()
      .meta({ description: "PC4 or PC6: nearest first; only organisations that work there (service area)" }),
    proximity: zSingle(wholeNumber(1, 100_000))
      .optional()
      .meta({ description: "with postcode: only within this many metres of the postcode's centre" }),
  })
  .superRefine((q, ctx) => {
    if (q.proximity !== undefined && !q.postcode)
      ctx.addIssue({ code: "custom", path: ["proximity"], message: "needs a postcode to measure from" });
  });

export const ZHsdsOrganizationsQuery = z.object({ ...paging, modified_after: filters.modified_after });
export const ZHsdsTaxonomiesQuery = z.object(paging);
export const ZHsdsTaxonomyTermsQuery = z.object({ ...paging, taxonomy_id: filters.taxonomy_id });

export const ZHsdsIdQuery = z.object({ id: zId });
export const ZHsdsOrganizationQuery = z.object({
  id: zId,
  full_service: zSingle(zBoolean).default(false).meta({ description: "true: each service fully nested" }),
});
export const ZHsdsNoQuery = z.object({});

export type THsdsServicesQuery = z.output<typeof ZHsdsServicesQuery>;
export type THsdsServiceAtLocationsQuery = z.output<typeof ZHsdsServiceAtLocationsQuery>;
export type THsdsOrganizationsQuery = z.output<typeof ZHsdsOrganizationsQuery>;
export type THsdsListQuery = z.output<typeof ZHsdsTaxonomiesQuery>;
export type THsdsTaxonomyTermsQuery = z.output<typeof ZHsdsTaxonomyTermsQuery>;

/** The parsed parameters (plus path parameters in `path`); every unknown or bad one is a ZodError issue. */
export function readHsdsQuery<S extends z.ZodObject>(
  schema: S,
  params: URLSearchParams,
  path: Record<string, string> = {},
): z.output<S> {
  const raw: Record<string, unknown> = { ...path };
  for (const key of new Set(params.keys())) raw[key] ??= singleParam(params, key);
  const known = Object.keys(schema.shape);
  const unknown = Object.keys(raw).filter((k) => !known.includes(k));
  const parsed = schema.safeParse(raw);
  const issues: z.core.$ZodIssue[] = unknown.map((k) => ({
    code: "custom",
    path: [k],
    message: `unknown parameter; this endpoint takes ${known.filter((n) => !(n in path)).join(", ") || "none"}`,
    input: raw[k],
  }));
  if (!parsed.success) issues.push(...parsed.error.issues);
  if (issues.length || !parsed.success) throw new z.ZodError(issues);
  return parsed.data;
}
