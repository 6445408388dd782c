import { z } from "zod";

import {
  ZHsdsAccessibility,
  ZHsdsAddress,
  ZHsdsAttribute,
  ZHsdsContact,
  ZHsdsCostOption,
  ZHsdsLanguage,
  ZHsdsMetadata,
  ZHsdsOrganizationIdentifier,
  ZHsdsPhone,
  ZHsdsSchedule,
  ZHsdsServiceArea,
} from "./hsds-parts";

// The answers of the HSDS 3.0 API (/api/hsds) and the objects of its exports: Open Referral's objects, with only the
// fields Buurtwijzer fills (docs/hsds.md says what maps and what does not). A field we have no value for is left out,
// never null: HSDS types its fields as plain strings and numbers. The mapping is in lib/hsds; every answer is parsed
// here before it leaves, like the v1 API's. The small nested objects are in hsds-parts.ts.

const id = z.uuid();
const text = z.string();
const opt = <T extends z.ZodType>(s: T) => s.optional();

export const ZHsdsLocation = z.object({
  id,
  location_type: z.literal("physical"),
  url: opt(text),
  organization_id: opt(id),
  name: text,
  description: opt(text),
  latitude: z.number(),
  longitude: z.number(),
  external_identifier: opt(text),
  external_identifier_type: opt(text),
});
export const ZHsdsLocationFull = ZHsdsLocation.extend({
  addresses: z.array(ZHsdsAddress),
  phones: z.array(ZHsdsPhone),
  contacts: z.array(ZHsdsContact),
  accessibility: z.array(ZHsdsAccessibility),
  schedules: z.array(ZHsdsSchedule),
  metadata: z.array(ZHsdsMetadata),
});

export const ZHsdsOrganization = z.object({
  id,
  name: text,
  description: text,
  email: opt(text),
  website: opt(text),
});
export const ZHsdsOrganizationWithContacts = ZHsdsOrganization.extend({
  phones: z.array(ZHsdsPhone),
  organization_identifiers: z.array(ZHsdsOrganizationIdentifier),
});

export const ZHsdsService = z.object({
  id,
  organization_id: id,
  name: text,
  description: text,
  url: opt(text),
  email: opt(text),
  status: z.literal("active"),
  application_process: opt(text),
  fees_description: opt(text),
  eligibility_description: opt(text),
  last_modified: z.iso.datetime().describe("the latest change of the service, its organisation or its locations"),
});
export const ZHsdsServiceListItem = ZHsdsService.extend({ organization: ZHsdsOrganization });
export const ZHsdsServiceMinimal = ZHsdsService.pick({ id: true, last_modified: true });

const ZHsdsSalBase = z.object({ id, service_id: id, location_id: id, description: opt(text) });
export const ZHsdsSalInService = ZHsdsSalBase.extend({
  schedules: z.array(ZHsdsSchedule),
  location: ZHsdsLocationFull,
});

/** A service with everything linked to it but its places (service_at_locations/{id} nests it). */
export const ZHsdsServiceDetail = ZHsdsService.extend({
  organization: ZHsdsOrganizationWithContacts,
  phones: z.array(ZHsdsPhone),
  languages: z.array(ZHsdsLanguage),
  attributes: z.array(ZHsdsAttribute),
  cost_options: z.array(ZHsdsCostOption),
  service_areas: z.array(ZHsdsServiceArea),
});
/** services/{id}: the service with everything linked to it (the spec's service_full). */
export const ZHsdsServiceFull = ZHsdsServiceDetail.extend({ service_at_locations: z.array(ZHsdsSalInService) });

export const ZHsdsSalListItem = ZHsdsSalBase.extend({ location: ZHsdsLocation, service: ZHsdsServiceListItem });
export const ZHsdsSalFull = ZHsdsSalBase.extend({
  schedules: z.array(ZHsdsSchedule),
  location: ZHsdsLocationFull,
  service: ZHsdsServiceDetail,
});

export const ZHsdsOrganizationFull = ZHsdsOrganizationWithContacts.extend({
  locations: z.array(ZHsdsLocationFull).describe("the facilities it runs"),
  services: z.array(z.union([ZHsdsServiceFull, ZHsdsService])),
});

/** The spec's Page: 1-based page numbers. */
export const zHsdsPage = <T extends z.ZodType>(item: T) =>
  z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });

export const ZHsdsRoot = z.object({ version: z.literal("3.0"), profile: z.url(), openapi_url: z.url() });

export type THsdsLocation = z.infer<typeof ZHsdsLocation>;
export type THsdsLocationFull = z.infer<typeof ZHsdsLocationFull>;
export type THsdsOrganization = z.infer<typeof ZHsdsOrganization>;
export type THsdsOrganizationWithContacts = z.infer<typeof ZHsdsOrganizationWithContacts>;
export type THsdsService = z.infer<typeof ZHsdsService>;
export type THsdsServiceDetail = z.infer<typeof ZHsdsServiceDetail>;
export type THsdsServiceFull = z.infer<typeof ZHsdsServiceFull>;
export type THsdsSalInService = z.infer<typeof ZHsdsSalInService>;

export { ZHsdsTaxonomy, ZHsdsTaxonomyTerm } from "./hsds-parts";
export type { THsdsPhone, THsdsSchedule, THsdsTaxonomyTerm } from "./hsds-parts";
