import { z } from "zod";

import { endpointParams, jsonSchemaOf } from "./api-params";
import {
  ZHsdsOrganization,
  ZHsdsOrganizationFull,
  zHsdsPage,
  ZHsdsRoot,
  ZHsdsSalFull,
  ZHsdsSalListItem,
  ZHsdsServiceFull,
  ZHsdsServiceListItem,
  ZHsdsServiceMinimal,
  ZHsdsTaxonomy,
  ZHsdsTaxonomyTerm,
} from "./hsds";
import {
  ZHsdsIdQuery,
  ZHsdsNoQuery,
  ZHsdsOrganizationQuery,
  ZHsdsOrganizationsQuery,
  ZHsdsServiceAtLocationsQuery,
  ZHsdsServicesQuery,
  ZHsdsTaxonomiesQuery,
  ZHsdsTaxonomyTermsQuery,
} from "./hsds-query";

// OpenAPI 3.1 of the HSDS API (/api/hsds/openapi.json, the root's openapi_url): Open Referral's paths, with the
// parameters and answers generated from the schemas the routes parse with, so the document cannot drift from them.

type Endpoint = { path: string; summary: string; query: z.ZodObject; answer: z.ZodType; notFound?: string };

const list = (item: z.ZodType) => zHsdsPage(item);
const ENDPOINTS: Endpoint[] = [
  { path: "/", summary: "This API and its relation to HSDS", query: ZHsdsNoQuery, answer: ZHsdsRoot },
  {
    path: "/services",
    summary: "Services with their organisation (full=true: fully nested; minimal=true: id and last_modified)",
    query: ZHsdsServicesQuery,
    answer: list(z.union([ZHsdsServiceListItem, ZHsdsServiceFull, ZHsdsServiceMinimal])),
  },
  {
    path: "/services/{id}",
    summary: "A fully nested service",
    query: ZHsdsIdQuery,
    answer: ZHsdsServiceFull,
    notFound: "No such service.",
  },
  {
    path: "/service_at_locations",
    summary: "Each service at each location; with postcode nearest first",
    query: ZHsdsServiceAtLocationsQuery,
    answer: list(ZHsdsSalListItem),
  },
  {
    path: "/service_at_locations/{id}",
    summary: "A service at a location, with the full location and service",
    query: ZHsdsIdQuery,
    answer: ZHsdsSalFull,
    notFound: "No such service at a location (or the facility closed).",
  },
  { path: "/organizations", summary: "Organisations", query: ZHsdsOrganizationsQuery, answer: list(ZHsdsOrganization) },
  {
    path: "/organizations/{id}",
    summary: "An organisation with the facilities it runs and its services",
    query: ZHsdsOrganizationQuery,
    answer: ZHsdsOrganizationFull,
    notFound: "No such organisation.",
  },
  { path: "/taxonomies", summary: "Taxonomies", query: ZHsdsTaxonomiesQuery, answer: list(ZHsdsTaxonomy) },
  {
    path: "/taxonomies/{id}",
    summary: "A taxonomy",
    query: ZHsdsIdQuery,
    answer: ZHsdsTaxonomy,
    notFound: "No such taxonomy.",
  },
  {
    path: "/taxonomy_terms",
    summary: "Taxonomy terms",
    query: ZHsdsTaxonomyTermsQuery,
    answer: list(ZHsdsTaxonomyTerm),
  },
  {
    path: "/taxonomy_terms/{id}",
    summary: "A taxonomy term",
    query: ZHsdsIdQuery,
    answer: ZHsdsTaxonomyTerm,
    notFound: "No such taxonomy term.",
  },
];

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { type: "object" } } },
});

function pathItem(e: Endpoint) {
  const answers = { "application/json": e.answer };
  const parameters = endpointParams({ path: e.path, summary: e.summary, query: e.query, answers, example: "" }).map(
    (p) => ({ name: p.name, in: p.in, required: p.required, description: p.description, schema: p.schema }),
  );
  const content: Record<string, unknown> = { "application/json": { schema: jsonSchemaOf(e.answer) } };
  if ("format" in e.query.shape) content["application/x-ndjson"] = { schema: { type: "string" } };
  return {
    get: {
      summary: e.summary,
      parameters,
      responses: {
        200: { description: "OK", content },
        400: problem("Invalid parameters; `errors` names each one."),
        ...(e.notFound ? { 404: problem(e.notFound) } : {}),
      },
    },
  };
}

export function hsdsOpenApi() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Buurtwijzer HSDS API",
      version: "3.0",
      summary:
        "Open Referral HSDS 3.0 feed of Buurtwijzer: neighbourhood facilities and their services in the Netherlands",
      description:
        "Read-only, public, no key. Lists are Pages (page from 1, per_page up to 500); format=ndjson streams every match. Exports: /api/v1/export/hsds.zip (HSDS tabular data package), facilities.csv, facilities.geojson.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/api/hsds" }],
    paths: Object.fromEntries(ENDPOINTS.map((e) => [e.path, pathItem(e)])),
  };
}
