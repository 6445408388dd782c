import "server-only";

import { Prisma, type TempState } from "../../generated/prisma/client";

// SQL conditions on facility_search rows (alias `s`) shared by the nearest and the by-name queries.

export type FacilityFilters = {
  services: string[]; // any-of; [] = any facility
  types?: string[];
  audiences?: string[];
  languages?: string[];
  free?: boolean;
  wheelchair?: boolean;
  bbox?: { minLng: number; minLat: number; maxLng: number; maxLat: number };
};

/** A facility query's filters (the API's names) as FacilityFilters; `bbox` is the caller's (a search's own box, or
 *  the clusters' padded cell window). */
export const filtersOf = (
  q: {
    service?: string[];
    type?: string[];
    audience?: string[];
    language?: string[];
    free?: boolean;
    wheelchair?: boolean;
  },
  bbox: FacilityFilters["bbox"],
): FacilityFilters => ({
  services: q.service ?? [],
  types: q.type,
  audiences: q.audience,
  languages: q.language,
  free: q.free,
  wheelchair: q.wheelchair,
  bbox,
});

/** The terms to look up: the service codes, or '' (the row every facility has) when no service is asked for. */
export const searchTerms = (f: FacilityFilters): string[] => (f.services.length > 0 ? f.services : [""]);

export function filterSql(f: FacilityFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.types?.length) parts.push(Prisma.sql`s.type = ANY(${f.types}::"FacilityType"[])`);
  if (f.audiences?.length) parts.push(Prisma.sql`s.audiences && ${f.audiences}::text[]`);
  if (f.languages?.length) parts.push(Prisma.sql`s.languages && ${f.languages}::text[]`);
  if (f.free) parts.push(Prisma.sql`s.free`);
  if (f.free === false) parts.push(Prisma.sql`NOT s.free`);
  if (f.wheelchair) parts.push(Prisma.sql`s.wheelchair = 'yes'`);
  if (f.wheelchair === false) parts.push(Prisma.sql`s.wheelchair <> 'yes'`);
  if (f.bbox) {
    const b = f.bbox;
    parts.push(Prisma.sql`s.lat BETWEEN ${b.minLat} AND ${b.maxLat} AND s.lng BETWEEN ${b.minLng} AND ${b.maxLng}`);
  }
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** Columns of a list item, selected from facility `f`; `service_terms` comes from the search row. */
export const LIST_COLUMNS = Prisma.sql`
  f.id, f.slug, f.name, f.type::text AS type, f.status::text AS status, f.lat, f.lng, f.street, f.house_number,
  f.house_number_addition, f.postcode, f.place, f.gemeente_code, f.wheelchair::text AS wheelchair, f.opening_hours,
  CASE WHEN f.temp_until > now() THEN f.temp_state::text END AS temp_state`;

export type ListRow = {
  id: string;
  slug: string;
  name: string;
  type: string;
  status: string;
  lat: number;
  lng: number;
  street: string;
  house_number: string;
  house_number_addition: string | null;
  postcode: string;
  place: string;
  gemeente_code: string;
  wheelchair: string;
  opening_hours: string | null;
  service_terms: string[];
  /** "vandaag gesloten / open", while it lasts */
  temp_state: TempState | null;
};
