// The columns of a flat facility table (CSV, Excel, GeoJSON properties): the Dutch name is the template's and the
// export's header; every alias (English, and common spellings) is read too. Headers are matched without case,
// spaces, dashes or underscores ("Huis nummer", "HOUSE_NUMBER" and "house-number" are all `huisnummer`).

export const COLUMNS = {
  naam: ["name"],
  soort: ["type", "kind"],
  adres: ["address", "straat en huisnummer"],
  straat: ["street", "straatnaam"],
  huisnummer: ["house_number", "housenumber", "nummer", "number", "huisnr"],
  toevoeging: ["house_number_addition", "addition", "huisnummertoevoeging", "huisletter"],
  postcode: ["postal_code", "postalcode", "zip", "zipcode", "post_code"],
  plaats: ["city", "place", "woonplaats", "town"],
  gemeente: ["gemeente_code", "gemeentecode", "municipality_code"],
  lat: ["latitude", "breedtegraad"],
  lng: ["lon", "long", "longitude", "lengtegraad"],
  telefoon: ["phone", "telephone", "tel", "telefoonnummer"],
  email: ["e-mail", "mail", "emailadres"],
  website: ["url", "web", "site", "homepage"],
  omschrijving: ["description", "beschrijving", "toelichting"],
  openingstijden: ["opening_hours", "openinghours", "hours", "openingsuren"],
  rolstoel: ["wheelchair", "rolstoeltoegankelijk", "toegankelijk"],
  diensten: ["services", "dienst", "aanbod"],
  organisatie: ["organization", "organisation", "operator", "beheerder"],
  extern_id: ["id", "external_id", "externid", "ref"],
  bag_id: ["bag", "bagid", "bag_verblijfsobject_id", "verblijfsobject_id"],
} as const;

export type Column = keyof typeof COLUMNS;

/** The columns of the template and of the CSV/GeoJSON export, in order (`adres` is an alternative to straat + nummer). */
export const TEMPLATE_COLUMNS: Column[] = [
  "extern_id",
  "naam",
  "soort",
  "straat",
  "huisnummer",
  "toevoeging",
  "postcode",
  "plaats",
  "gemeente",
  "lat",
  "lng",
  "telefoon",
  "email",
  "website",
  "omschrijving",
  "openingstijden",
  "rolstoel",
  "diensten",
  "organisatie",
  "bag_id",
];

const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_\-.:]+/g, "");

const BY_HEADER = new Map<string, Column>();
for (const [col, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
  BY_HEADER.set(fold(col), col);
  for (const a of aliases) BY_HEADER.set(fold(a), col);
}

/** The column a header names, or null when it names none of ours (listed in the report). */
export const columnOf = (header: string): Column | null => BY_HEADER.get(fold(header)) ?? null;
