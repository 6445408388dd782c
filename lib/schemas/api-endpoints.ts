import { z } from "zod";

import { ZActivitiesAnswer, ZActivitiesQuery } from "./activities-query";
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
import { ZServiceEditAnswer, ZServiceIdQuery, ZServiceListAnswer, ZServiceSearchQuery } from "./services";
import { ZTaxonomyAnswer } from "./taxonomy";

// Every endpoint of the read API with the schemas its route parses the query with and its answer through; the
// documentation (api-docs.ts) is generated from this table.

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
    path: "/api/v1/activities",
    summary:
      "What is on near a place: the dates of activities (koffie-ochtend, taalcafé, repair café …) within radius_km, from `from` to `to` (default today), sorted by start, then distance; cancelled dates included (cancelled: true, with the reason). format=ics: the same search as an iCalendar feed.",
    query: ZActivitiesQuery,
    answers: { "application/json": ZActivitiesAnswer },
    example: "/api/v1/activities?postcode=3512&radius_km=10",
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
