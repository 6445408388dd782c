import "server-only";

import { Prisma } from "../../generated/prisma/client";
import type { Column } from "../../import/columns";
import { rowBatches } from "../hsds/paged";
import { LISTED, type Db } from "../hsds/sql";

// The facilities as the flat table of the import template (lib/import/columns.ts): the rows the CSV and GeoJSON
// exports write, read 2,000 at a time by id, so any number of facilities goes out in bounded memory. What the public
// sees: every facility but those closed for good. `diensten` lists the kinds of help offered there (service terms of
// its services, not audiences) as the import reads them back; `organisatie` is the operator's slug.

export type FacilityExportRow = {
  id: string;
  name: string;
  type: string;
  street: string;
  house_number: string;
  house_number_addition: string | null;
  postcode: string;
  place: string;
  gemeente_code: string;
  lat: number;
  lng: number;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string;
  opening_hours: string | null;
  wheelchair: "yes" | "limited" | "no" | "unknown";
  operator_slug: string | null;
  bag_id: string | null;
  service_terms: string[];
};

const SELECT = Prisma.sql`f.id, f.name, f.type::text AS type, f.street, f.house_number, f.house_number_addition,
  f.postcode, f.place, f.gemeente_code, f.lat, f.lng, f.phone, f.email, f.website, f.description, f.opening_hours,
  f.wheelchair::text AS wheelchair, o.slug AS operator_slug, f.bag_id,
  ARRAY(SELECT DISTINCT st.term_code FROM service_at_location sal
    JOIN service_term st ON st.service_id = sal.service_id JOIN taxonomy_term t ON t.code = st.term_code
    WHERE sal.facility_id = f.id AND t.kind = 'service' ORDER BY st.term_code) AS service_terms`;

export const facilityExportBatches = (db: Db, size = 2000) =>
  rowBatches<FacilityExportRow>(
    db,
    {
      from: Prisma.sql`facility f LEFT JOIN organization o ON o.id = f.operator_id`,
      id: Prisma.sql`f.id`,
      where: LISTED,
    },
    SELECT,
    size,
  );

const WHEELCHAIR: Record<FacilityExportRow["wheelchair"], string> = {
  yes: "ja",
  limited: "beperkt",
  no: "nee",
  unknown: "onbekend",
};

/** A row's cell per template column (the words the import reads back: `ja`, `buurthuis`, `GM0344`). */
export function facilityCells(f: FacilityExportRow): Record<Column, string | number | null> {
  return {
    extern_id: f.id,
    naam: f.name,
    soort: f.type,
    adres: null,
    straat: f.street,
    huisnummer: f.house_number,
    toevoeging: f.house_number_addition,
    postcode: f.postcode,
    plaats: f.place,
    gemeente: f.gemeente_code,
    lat: f.lat,
    lng: f.lng,
    telefoon: f.phone,
    email: f.email,
    website: f.website,
    omschrijving: f.description,
    openingstijden: f.opening_hours,
    rolstoel: WHEELCHAIR[f.wheelchair],
    diensten: f.service_terms.join(";"),
    organisatie: f.operator_slug,
    bag_id: f.bag_id,
  };
}
