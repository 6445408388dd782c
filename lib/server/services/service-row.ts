import "server-only";

import { AUDIENCE_CODES } from "../../reference/taxonomy";
import { ZServiceResult, type TServiceResult } from "../../schemas/services";
import { labelTerms, type TermLabel } from "../taxonomy/taxonomy-labels";

// A row of the services query (services-sql.ts) and its public shape, parsed by the output schema.

const AUDIENCES = new Set(AUDIENCE_CODES);

export type ServiceRow = {
  id: string;
  name: string;
  description: string;
  languages: string[];
  cost: string;
  cost_text: string | null;
  access: string[];
  eligibility: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  terms: string[];
  org_slug: string;
  org_name: string;
  service_area: string[];
  sal_id: string;
  f_slug: string;
  f_name: string;
  street: string;
  house_number: string;
  house_number_addition: string | null;
  postcode: string;
  place: string;
  gemeente_code: string;
  lat: number;
  lng: number;
  d: number;
  in_area: boolean | null;
  last_verified_at: Date | null;
  /** how many candidate facilities the scan found (the same on every row) */
  candidates: number;
};

export function toServiceResult(x: ServiceRow, labels: Map<string, TermLabel>): TServiceResult {
  const terms = labelTerms(x.terms, labels);
  return ZServiceResult.parse({
    id: x.id,
    name: x.name,
    description: x.description,
    organization: { slug: x.org_slug, name: x.org_name, service_area: x.service_area },
    categories: terms.filter((t) => !AUDIENCES.has(t.code)),
    audiences: terms.filter((t) => AUDIENCES.has(t.code)),
    languages: x.languages,
    cost: x.cost,
    cost_text: x.cost_text,
    access: x.access,
    eligibility: x.eligibility,
    contact: { phone: x.phone, email: x.email, website: x.website },
    location: {
      service_at_location_id: x.sal_id,
      facility: {
        slug: x.f_slug,
        name: x.f_name,
        street: x.street,
        house_number: x.house_number,
        house_number_addition: x.house_number_addition,
        postcode: x.postcode,
        place: x.place,
        gemeente_code: x.gemeente_code,
        lat: x.lat,
        lng: x.lng,
      },
      distance_m: Math.round(x.d),
    },
    in_service_area: x.in_area,
    last_verified_at: x.last_verified_at ? x.last_verified_at.toISOString() : null,
  });
}
