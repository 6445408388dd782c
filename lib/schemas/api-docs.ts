import { z } from "zod";

import { ZNoQuery } from "./answer";
import { ZAreaLookupAnswer, ZAreaLookupQuery } from "./areas";
import { ZClusterAnswer, ZClusterQuery } from "./clusters";
import {
  ZFacilityDetailAnswer,
  ZFacilityDetailGeoJson,
  ZFacilityDetailQuery,
  ZFacilityListAnswer,
  ZFacilityListGeoJson,
  ZFacilitySearchQuery,
} from "./facility-search";
import {
  ZOrganizationDetailAnswer,
  ZOrganizationDetailQuery,
  ZOrganizationListAnswer,
  ZOrganizationListQuery,
} from "./organization";
import { singleValueOf } from "./query-params";
import { ZServiceEditAnswer, ZServiceIdQuery, ZServiceListAnswer, ZServiceSearchQuery } from "./services";
import { ZTaxonomyAnswer } from "./taxonomy";

// The read API described once, from the schemas the routes parse their query with and their answer through:
// /api/v1 (a compact index) and /api/v1/openapi.json are both generated from READ_ENDPOINTS, so a default, an allowed
// value or a field cannot differ between what is documented and what is done.

type Answers = { "application/json": z.ZodType; "application/geo+json"?: z.ZodType; "text/csv"?: string };

export type ReadEndpoint = {
  /** OpenAPI path; {name} is a path parameter, read by the same schema as the query. */
  path: string;
  summary: string;
  query: z.ZodObject;
  answers: Answers;
  /** A request that answers 200 with the demo data; {slug} or {id} is taken from the list endpoint's first item. */
  example: string;
  notFound?: string;
};

export const ZIndexAnswer = z.object({
  name: z.string(),
  version: z.string(),
  formats: z.string(),
  errors: z.string(),
  openapi: z.string(),
  endpoints: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export const READ_ENDPOINTS: readonly ReadEndpoint[] = [
  {
    path: "/api/v1/facilities",
    summary:
      "Facilities: sorted by distance from an origin (near, postcode or place), else by name; paged by cursor. Lists: comma-separated or repeated, any-of within a parameter, all-of across parameters.",
    query: ZFacilitySearchQuery,
    answers: { "application/json": ZFacilityListAnswer, "application/geo+json": ZFacilityListGeoJson },
    example: "/api/v1/facilities?postcode=3512&service=schuldhulp&limit=10",
  },
  {
    path: "/api/v1/facilities/{slug}",
    summary: "One facility in full; ETag = its version",
    query: ZFacilityDetailQuery,
    answers: { "application/json": ZFacilityDetailAnswer, "application/geo+json": ZFacilityDetailGeoJson },
    example: "/api/v1/facilities/{slug}",
    notFound: "No facility with this slug.",
  },
  {
    path: "/api/v1/clusters",
    summary:
      "The map's markers for a box at a zoom: clusters with counts and single facilities (GeoJSON). Filters as for /api/v1/facilities.",
    query: ZClusterQuery,
    answers: { "application/json": ZClusterAnswer },
    example: "/api/v1/clusters?bbox=4.9,52.0,5.3,52.2&zoom=11&service=schuldhulp",
  },
  {
    path: "/api/v1/services",
    summary: "Services for a referral, from the client's postcode (results carry in_service_area) or for a gemeente.",
    query: ZServiceSearchQuery,
    answers: { "application/json": ZServiceListAnswer, "text/csv": "One row per service (format=csv)." },
    example: "/api/v1/services?postcode=3512&radius_km=25",
  },
  {
    path: "/api/v1/services/{id}",
    summary: "A service's editable fields as PATCH takes them; ETag = its version",
    query: ZServiceIdQuery,
    answers: { "application/json": ZServiceEditAnswer },
    example: "/api/v1/services/{id}",
    notFound: "No service with this id.",
  },
  {
    path: "/api/v1/areas/lookup",
    summary: "A postcode's gemeente (CBS code and name)",
    query: ZAreaLookupQuery,
    answers: { "application/json": ZAreaLookupAnswer },
    example: "/api/v1/areas/lookup?postcode=3512",
    notFound: "A postcode we do not know.",
  },
  {
    path: "/api/v1/organizations",
    summary: "Organisations by name, paged by cursor",
    query: ZOrganizationListQuery,
    answers: { "application/json": ZOrganizationListAnswer },
    example: "/api/v1/organizations?gemeente=GM0344",
  },
  {
    path: "/api/v1/organizations/{slug}",
    summary: "One organisation with its facilities and services; ETag = its version",
    query: ZOrganizationDetailQuery,
    answers: { "application/json": ZOrganizationDetailAnswer },
    example: "/api/v1/organizations/{slug}",
    notFound: "No organisation with this slug.",
  },
  {
    path: "/api/v1/taxonomy",
    summary: "Every service category and audience, with Dutch and English labels",
    query: ZNoQuery,
    answers: { "application/json": ZTaxonomyAnswer },
    example: "/api/v1/taxonomy",
  },
  {
    path: "/api/v1",
    summary: "This index (the full description: /api/v1/openapi.json)",
    query: ZNoQuery,
    answers: { "application/json": ZIndexAnswer },
    example: "/api/v1",
  },
];

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of what a value becomes; where that is a transform's result (a boolean from "true"), of what is sent. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const of = (io: "input" | "output") => {
    const out: JsonSchema = { ...z.toJSONSchema(schema, { io, unrepresentable: "any" }) };
    delete out.$schema;
    return out;
  };
  const out = of("output");
  return Object.keys(out).length > 0 ? out : of("input");
}

export type ParamDoc = {
  name: string;
  in: "query" | "path";
  required: boolean;
  /** comma-separated or repeated */
  list: boolean;
  description?: string;
  /** for the compact index: origin, filters, paging … */
  group?: string;
  default?: unknown;
  enum?: readonly unknown[];
  schema: JsonSchema;
};

/** One query field → its documentation: optional/default unwrapped, zSingle's value schema, metadata outer first. */
function paramDoc(name: string, field: z.ZodType, inPath: boolean): ParamDoc {
  let s = field;
  let meta: Record<string, unknown> = { ...s.meta() };
  let required = true;
  let dflt: unknown;
  for (;;) {
    if (s instanceof z.ZodOptional) required = false;
    else if (s instanceof z.ZodDefault) {
      required = false;
      dflt = s.def.defaultValue;
    } else break;
    s = s.unwrap() as z.ZodType;
    meta = { ...s.meta(), ...meta };
  }
  const inner = singleValueOf(s);
  const schema = jsonSchemaOf(inner ?? s);
  const items = schema.items as JsonSchema | undefined;
  const allowed = (schema.enum ?? items?.enum) as unknown[] | undefined;
  return {
    name,
    in: inPath ? "path" : "query",
    required: inPath || required,
    list: !inner && s instanceof z.ZodArray,
    ...(typeof meta.description === "string" ? { description: meta.description } : {}),
    ...(typeof meta.group === "string" ? { group: meta.group } : {}),
    ...(dflt !== undefined ? { default: dflt } : {}),
    ...(allowed ? { enum: allowed } : {}),
    schema: dflt !== undefined ? { ...schema, default: dflt } : schema,
  };
}

export function endpointParams(e: ReadEndpoint): ParamDoc[] {
  const inPath = new Set([...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  return Object.entries(e.query.shape as Record<string, z.ZodType>).map(([name, field]) =>
    paramDoc(name, field, inPath.has(name)),
  );
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The OpenAPI 3.1 path items of the read API. */
export function readPaths(): Record<string, { get: Record<string, unknown> }> {
  return Object.fromEntries(
    READ_ENDPOINTS.map((e) => {
      const content = Object.fromEntries(
        Object.entries(e.answers).map(([type, answer]: [string, z.ZodType | string]) => [
          type,
          typeof answer === "string"
            ? { schema: { type: "string", description: answer } }
            : { schema: jsonSchemaOf(answer) },
        ]),
      );
      const parameters = endpointParams(e).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required,
        ...(p.description ? { description: p.description } : {}),
        schema: p.schema,
        ...(p.list ? { style: "form", explode: false } : {}),
      }));
      const responses = {
        200: { description: "OK", content },
        400: problem("Invalid parameters; `errors` names each one."),
        ...(e.notFound ? { 404: problem(e.notFound) } : {}),
      };
      return [e.path, { get: { summary: e.summary, security: [], parameters, responses, "x-example": e.example } }];
    }),
  );
}

/** A parameter in one line for the compact index: a list parameter's allowed values as a list, else a short text. */
function compactParam(p: ParamDoc): unknown {
  if (p.enum && p.list) return p.enum;
  const min = p.schema.minimum,
    max = p.schema.maximum;
  return [
    p.description,
    p.enum
      ? `one of ${p.enum.join(" | ")}`
      : typeof min === "number" && typeof max === "number"
        ? `${min}–${max}`
        : null,
    p.default !== undefined ? `default ${String(p.default)}` : null,
    p.required && p.in === "query" ? "required" : null,
  ]
    .filter(Boolean)
    .join("; ");
}

/** GET /api/v1: the endpoints and their parameters, grouped as the schemas' metadata says. */
export function apiIndex(): z.infer<typeof ZIndexAnswer> {
  const endpoints = Object.fromEntries(
    READ_ENDPOINTS.map((e) => {
      const entry: Record<string, unknown> = { summary: e.summary };
      for (const p of endpointParams(e)) {
        if (p.in === "path") continue;
        if (!p.group) entry[p.name] = compactParam(p);
        else entry[p.group] = { ...(entry[p.group] as Record<string, unknown> | undefined), [p.name]: compactParam(p) };
      }
      return [`GET ${e.path}`, entry];
    }),
  );
  return {
    name: "Buurtwijzer public API",
    version: "v1",
    formats: "JSON; GeoJSON (RFC 7946, [lng, lat]) with format=geojson or Accept: application/geo+json",
    errors: "application/problem+json (RFC 9457) with an `errors` list of { parameter, detail }",
    openapi:
      "/api/v1/openapi.json: every parameter with its allowed values and default, every answer's schema, and the write API",
    endpoints,
  };
}
