import type {
  THsdsOrganization,
  THsdsOrganizationWithContacts,
  THsdsPhone,
  THsdsSalInService,
  THsdsService,
  THsdsServiceDetail,
  THsdsServiceFull,
} from "../schemas/hsds";
import { derivedId, termId } from "./ids";
import { toLocationFull } from "./location";
import type { FacilityRow, OrganizationRow, ServiceAtLocationRow, ServiceRow, TermRow } from "./rows";
import { schedulesOf } from "./schedules";
import { toTaxonomyTerm } from "./taxonomy";
import { emailOrNothing, languageName, present, textOrNothing, uriOrNothing } from "./values";

// Organisations and services as HSDS objects. Free text (access route, cost) is written in Dutch, like the rest of
// the data; the codes behind it are in cost_options and in docs/hsds.md.

const COST_NL: Record<ServiceRow["cost"], string> = {
  free: "Gratis",
  contribution: "Vrijwillige bijdrage",
  paid: "Betaald",
};
const ACCESS_NL: Record<string, string> = {
  walk_in: "Vrij binnenlopen",
  appointment: "Op afspraak",
  referral: "Met verwijzing (huisarts, wijkteam of hulpverlener)",
};

export const toOrganization = (o: OrganizationRow): THsdsOrganization => ({
  id: o.id,
  name: o.name,
  description: o.description,
  ...present("email", emailOrNothing(o.email)),
  ...present("website", uriOrNothing(o.website)),
});

/** With its phone and its KvK number (as an organization_identifier in the org-id.guide scheme NL-KVK). */
export const organizationPhones = (o: Pick<OrganizationRow, "id" | "phone">): THsdsPhone[] =>
  o.phone
    ? [{ id: derivedId("phone", "organization", o.id), organization_id: o.id, number: o.phone, type: "voice" }]
    : [];

export const toOrganizationWithContacts = (o: OrganizationRow): THsdsOrganizationWithContacts => ({
  ...toOrganization(o),
  phones: organizationPhones(o),
  organization_identifiers: o.kvk_number
    ? [
        {
          id: derivedId("organization_identifier", o.id, "kvk"),
          organization_id: o.id,
          identifier_scheme: "NL-KVK",
          identifier_type: "KvK-nummer",
          identifier: o.kvk_number,
        },
      ]
    : [],
});

export function toService(s: ServiceRow): THsdsService {
  return {
    id: s.id,
    organization_id: s.organization_id,
    name: s.name,
    description: s.description,
    ...present("url", uriOrNothing(s.website)),
    ...present("email", emailOrNothing(s.email)),
    status: "active",
    ...present("application_process", textOrNothing(s.access.map((a) => ACCESS_NL[a] ?? a).join("; "))),
    fees_description: s.cost_text ?? COST_NL[s.cost],
    ...present("eligibility_description", textOrNothing(s.eligibility)),
    last_modified: s.last_modified.toISOString(),
  };
}

/** The service's links to taxonomy terms (HSDS attributes); `link_type` is the term's kind. */
export const serviceAttributes = (
  s: Pick<ServiceRow, "id" | "terms">,
  terms: ReadonlyMap<string, TermRow>,
  { nested = true } = {},
) =>
  s.terms.flatMap((code) => {
    const t = terms.get(code);
    if (!t) return [];
    return [
      {
        id: derivedId("attribute", s.id, code),
        link_id: s.id,
        link_type: t.kind,
        link_entity: "service" as const,
        taxonomy_term_id: termId(code),
        ...(nested ? { taxonomy_term: toTaxonomyTerm(t) } : {}),
      },
    ];
  });

export const serviceLanguages = (s: ServiceRow) =>
  s.languages.map((code) => ({
    id: derivedId("language", s.id, code),
    service_id: s.id,
    code,
    ...present("name", languageName(code)),
  }));

export const serviceCostOptions = (s: ServiceRow) => [
  {
    id: derivedId("cost_option", s.id),
    service_id: s.id,
    option: s.cost,
    currency: "EUR",
    ...(s.cost === "free" ? { amount: 0 } : {}),
    amount_description: s.cost_text ?? COST_NL[s.cost],
  },
];

/** The organisation's gemeenten, which the service is meant for. */
export const serviceAreas = (s: ServiceRow, o: OrganizationRow) =>
  o.service_area.map((g) => ({
    id: derivedId("service_area", s.id, g.code),
    service_id: s.id,
    name: g.name,
    description: `Gemeente ${g.name} (CBS-code ${g.code})`,
  }));

export const servicePhones = (s: Pick<ServiceRow, "id" | "phone">): THsdsPhone[] =>
  s.phone ? [{ id: derivedId("phone", "service", s.id), service_id: s.id, number: s.phone, type: "voice" }] : [];

/** The service's own hours at a place (when they differ from the facility's). */
export const salSchedules = (sal: Pick<ServiceAtLocationRow, "id" | "service_id" | "opening_hours">) =>
  schedulesOf(sal.opening_hours, { service_at_location_id: sal.id, service_id: sal.service_id });

/** The link's own fields (the tabular row). */
export const toSal = (sal: ServiceAtLocationRow) => ({
  id: sal.id,
  service_id: sal.service_id,
  location_id: sal.facility_id,
  ...present("description", textOrNothing(sal.note)),
});

export const toSalInService = (sal: ServiceAtLocationRow, f: FacilityRow): THsdsSalInService => ({
  ...toSal(sal),
  schedules: salSchedules(sal),
  location: toLocationFull(f),
});

export type ServiceParts = {
  org: OrganizationRow;
  terms: ReadonlyMap<string, TermRow>;
  at: { sal: ServiceAtLocationRow; facility: FacilityRow }[];
};

/** The service with its organisation, phones, languages, terms, costs and areas: all but its places. */
export function toServiceDetail(s: ServiceRow, { org, terms }: Omit<ServiceParts, "at">): THsdsServiceDetail {
  return {
    ...toService(s),
    organization: toOrganizationWithContacts(org),
    phones: servicePhones(s),
    languages: serviceLanguages(s),
    attributes: serviceAttributes(s, terms),
    cost_options: serviceCostOptions(s),
    service_areas: serviceAreas(s, org),
  };
}

/** services/{id}: the service with everything linked to it, its places too (the spec's service_full). */
export const toServiceFull = (s: ServiceRow, parts: ServiceParts): THsdsServiceFull => ({
  ...toServiceDetail(s, parts),
  service_at_locations: parts.at.map(({ sal, facility }) => toSalInService(sal, facility)),
});
