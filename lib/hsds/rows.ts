// What the mapping to HSDS reads: plain rows as the data layer (lib/server/hsds) selects them, column names as in the
// database. Dates are Date objects (node-postgres parses timestamptz).

export type OrganizationRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  kvk_number: string | null;
  /** CBS gemeente codes with their names */
  service_area: { code: string; name: string }[];
  updated_at: Date;
};

/** A listing's identity in a source it was imported from, with that source's licence (table external_ref). */
export type ExternalRefRow = {
  key: string;
  source: string;
  licence: string | null;
  attribution: string | null;
  created_at: Date;
};

export type FacilityRow = {
  id: string;
  name: string;
  type: string;
  description: string;
  street: string;
  house_number: string;
  house_number_addition: string | null;
  postcode: string;
  place: string;
  gemeente_code: string;
  gemeente_name: string | null;
  province: string | null;
  /** WGS84 degrees */
  lat: number;
  lng: number;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** OpenStreetMap opening_hours syntax */
  opening_hours: string | null;
  wheelchair: "yes" | "limited" | "no" | "unknown";
  operator_id: string | null;
  bag_id: string | null;
  refs: ExternalRefRow[];
};

export type ServiceRow = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  /** ISO 639-1 */
  languages: string[];
  cost: "free" | "contribution" | "paid";
  cost_text: string | null;
  access: string[];
  eligibility: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** the latest updated_at of the service, its organisation, its service_at_location rows and their facilities */
  last_modified: Date;
  /** taxonomy codes, both kinds */
  terms: string[];
};

export type ServiceAtLocationRow = {
  id: string;
  service_id: string;
  facility_id: string;
  note: string | null;
  /** the service's own hours there, when they differ from the facility's */
  opening_hours: string | null;
};

export type TermRow = { code: string; kind: "service" | "audience"; label_nl: string; label_en: string };
