import { z } from "zod";

// The small HSDS objects the answers nest (lib/schemas/hsds.ts): phones, schedules, addresses, terms and the like.
// Fields without a value are left out, never null.

const id = z.uuid();
const text = z.string();
const opt = <T extends z.ZodType>(s: T) => s.optional();

export const ZHsdsPhone = z.object({
  id,
  location_id: opt(id),
  service_id: opt(id),
  organization_id: opt(id),
  number: text,
  type: opt(text),
});

export const ZHsdsSchedule = z.object({
  id,
  service_id: opt(id),
  location_id: opt(id),
  service_at_location_id: opt(id),
  freq: opt(z.enum(["WEEKLY", "MONTHLY"])),
  wkst: opt(z.literal("MO")),
  interval: opt(z.number().int().positive()).describe("every n weeks or months (RFC 5545 INTERVAL)"),
  byday: opt(text).describe("MO,TU,… or 1TU,3TU, -1FR for monthly rules (RFC 5545)"),
  valid_from: opt(text).describe("yyyy-mm-dd: the first date"),
  valid_to: opt(text).describe("yyyy-mm-dd: the last date"),
  opens_at: opt(text).describe("HH:MM, Europe/Amsterdam wall-clock time"),
  closes_at: opt(text),
  description: opt(text),
  notes: opt(text).describe("the OpenStreetMap opening_hours text, when the weekly rules do not say all of it"),
  schedule_link: opt(text).describe("an activity's schedule: its iCalendar feed (the location's own hours have none)"),
});

export const ZHsdsAddress = z.object({
  id,
  location_id: id,
  address_1: text,
  city: text,
  region: opt(text).describe("the gemeente"),
  state_province: text,
  postal_code: text,
  country: z.literal("NL"),
  address_type: z.literal("physical"),
});

export const ZHsdsContact = z.object({ id, location_id: opt(id), email: text });
export const ZHsdsAccessibility = z.object({ id, location_id: id, description: text, details: opt(text) });

/** Provenance of a record imported from elsewhere (external_ref): the source's key, licence and attribution. */
export const ZHsdsMetadata = z.object({
  id,
  resource_id: id,
  resource_type: text,
  last_action_date: text,
  last_action_type: text,
  field_name: text,
  previous_value: text,
  replacement_value: text,
  updated_by: text,
});

export const ZHsdsTaxonomy = z.object({ id, name: text, description: text, version: opt(text) });
export const ZHsdsTaxonomyTerm = z.object({
  id,
  code: text,
  name: text,
  description: text,
  taxonomy: text,
  taxonomy_id: id,
  language: text,
  taxonomy_detail: opt(ZHsdsTaxonomy),
});

export const ZHsdsAttribute = z.object({
  id,
  link_id: id,
  link_type: z.enum(["service", "audience"]).describe("the term's kind: a kind of help, or an audience"),
  link_entity: z.literal("service"),
  taxonomy_term_id: id,
  taxonomy_term: opt(ZHsdsTaxonomyTerm),
});

export const ZHsdsLanguage = z.object({ id, service_id: id, name: opt(text), code: text });
export const ZHsdsServiceArea = z.object({ id, service_id: id, name: text, description: opt(text) });
export const ZHsdsCostOption = z.object({
  id,
  service_id: id,
  option: text,
  currency: opt(text),
  amount: opt(z.number()),
  amount_description: opt(text),
});
export const ZHsdsOrganizationIdentifier = z.object({
  id,
  organization_id: id,
  identifier_scheme: text,
  identifier_type: text,
  identifier: text,
});

export type THsdsSchedule = z.infer<typeof ZHsdsSchedule>;
export type THsdsPhone = z.infer<typeof ZHsdsPhone>;
export type THsdsTaxonomyTerm = z.infer<typeof ZHsdsTaxonomyTerm>;
