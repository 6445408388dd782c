// An Open Referral HSDS file, whatever its shape (3.0 JSON records, the API's paged lists, a tabular data package in
// 3.0 or 1.1 column names), as one graph of plain records: organizations, services, locations and the
// service_at_location links between them, with schedules, phones, addresses and taxonomy terms attached.

export type HsdsSchedule = {
  freq?: string;
  byday?: string;
  /** HSDS 1.1 regular_schedules: one weekday a row */
  weekday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  /** set on a schedule that is an activity with its own calendar (our export's), not opening hours */
  schedule_link?: string;
};
export type HsdsTerm = { id?: string; code?: string; name?: string };
export type HsdsOrganization = { id: string; name?: string; description?: string; email?: string; website?: string };
export type HsdsService = {
  id: string;
  organizationId?: string;
  name?: string;
  description?: string;
  email?: string;
  url?: string;
  status?: string;
  languages: string[];
  phones: string[];
  terms: HsdsTerm[];
};
export type HsdsAddress = { address_1?: string; city?: string; postal_code?: string; country?: string; type?: string };
export type HsdsLocation = {
  id: string;
  organizationId?: string;
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  url?: string;
  email?: string;
  addresses: HsdsAddress[];
  phones: string[];
  schedules: HsdsSchedule[];
};
export type HsdsLink = {
  id: string;
  serviceId: string;
  locationId: string;
  schedules: HsdsSchedule[];
  description?: string;
};

export class HsdsGraph {
  organizations = new Map<string, HsdsOrganization>();
  services = new Map<string, HsdsService>();
  locations = new Map<string, HsdsLocation>();
  links = new Map<string, HsdsLink>();
  /** broken references: "service ac14… names organization d9d5…, which the file does not hold" */
  problems: { record: string; field: string; missing: string }[] = [];

  /** Every foreign key points at a record of the file (checked before anything is written). */
  checkKeys(): void {
    for (const s of this.services.values())
      if (s.organizationId && !this.organizations.has(s.organizationId))
        this.problems.push({ record: `service ${s.id}`, field: "organization_id", missing: s.organizationId });
    for (const l of this.links.values()) {
      if (!this.services.has(l.serviceId))
        this.problems.push({ record: `service_at_location ${l.id}`, field: "service_id", missing: l.serviceId });
      if (!this.locations.has(l.locationId))
        this.problems.push({ record: `service_at_location ${l.id}`, field: "location_id", missing: l.locationId });
    }
  }
}

export const text = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : undefined;
export const num = (v: unknown): number | undefined => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
