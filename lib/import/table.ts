import { columnOf, type Column } from "./columns";
import { w, type FacilityFields, type FacilityRecord, type Format, type Issue, type Words } from "./types";

// A flat table's rows as facility records: CSV, Excel and GeoJSON properties share this. Headers are matched by
// name in Dutch or English (columns.ts); columns that are not ours are named in the report, never dropped silently.

export type TableHeader = { columns: (Column | null)[]; unknown: string[] };

export function readHeader(cells: string[]): TableHeader {
  const columns = cells.map((c) => columnOf(c));
  const unknown = cells.filter((c, i) => columns[i] === null && c.trim() !== "").map((c) => c.trim());
  return { columns, unknown };
}

export const unknownColumnsWarning = (unknown: string[]): Issue => ({
  record: "header",
  field: null,
  message: w(
    `Deze kolommen kennen we niet en lezen we niet in: ${unknown.join(", ")}.`,
    `These columns are not ours and are not imported: ${unknown.join(", ")}.`,
  ),
});

const FIELD: Partial<Record<Column, keyof FacilityFields>> = {
  naam: "name",
  soort: "type",
  straat: "street",
  huisnummer: "house_number",
  toevoeging: "house_number_addition",
  postcode: "postcode",
  plaats: "place",
  gemeente: "gemeente_code",
  lat: "lat",
  lng: "lng",
  telefoon: "phone",
  email: "email",
  website: "website",
  omschrijving: "description",
  openingstijden: "opening_hours",
  rolstoel: "wheelchair",
};

/** "Kerkstraat 12a", "Kerkstraat 12-A", "Lange Nieuwstraat 7 bis" → street, number, addition. */
export function splitAddress(address: string): { street: string; number: string; addition: string } | null {
  const m = /^(.*?[^\d\s])\s*[, ]\s*(\d{1,5})\s*[-/ ]?\s*([A-Za-z0-9]{0,6})$/.exec(address.trim());
  return m ? { street: m[1]!.trim(), number: m[2]!, addition: m[3] ?? "" } : null;
}

const cleanSplit = (v: string) =>
  v
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** One row (cells by column) as a record; `at` names it in the report, `keyPrefix` makes its external id. */
export function tableRecord(
  values: Partial<Record<Column, string>>,
  at: string,
  opts: { format: Format; keyPrefix: string; organization: string | null },
): { record: FacilityRecord; issues: Issue[] } {
  const fields: FacilityFields = {};
  const issues: Issue[] = [];
  for (const [col, field] of Object.entries(FIELD) as [Column, keyof FacilityFields][]) {
    const v = values[col]?.trim();
    if (v) (fields as Record<string, string>)[field] = v;
  }
  const address = values.adres?.trim();
  if (address && !fields.street) {
    const parts = splitAddress(address);
    if (parts) {
      fields.street = parts.street;
      fields.house_number = parts.number;
      if (parts.addition && !fields.house_number_addition) fields.house_number_addition = parts.addition;
    } else issues.push({ record: at, field: "adres", message: ADDRESS_UNREADABLE });
  }
  const id = values.extern_id?.trim() || null;
  const organization = values.organisatie?.trim() || opts.organization;
  const record: FacilityRecord = {
    kind: "facility",
    at,
    key: id ? `${opts.keyPrefix}:${organization ?? "-"}/${id}` : null,
    fields,
    services: cleanSplit(values.diensten ?? ""),
    organization: organization || null,
    bagId: values.bag_id?.trim() || null,
    info: { source: opts.format },
  };
  return { record, issues };
}

const ADDRESS_UNREADABLE: Words = w(
  "Het adres is niet te lezen als straat en huisnummer (bijvoorbeeld: Kerkstraat 12a).",
  "The address cannot be read as street and house number (for example: Kerkstraat 12a).",
);

/** A cell as written before an export defused it against formula injection (`'=…` was `=…`; see lib/csv.ts). */
const undefused = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

/** A row of cells under a header as values by column (the first of two columns with the same meaning wins). */
export function byColumn(header: TableHeader, cells: readonly unknown[]): Partial<Record<Column, string>> {
  const out: Partial<Record<Column, string>> = {};
  header.columns.forEach((col, i) => {
    const cell = cells[i];
    if (col && out[col] === undefined && cell !== undefined && cell !== null && String(cell).trim() !== "")
      out[col] = undefused(String(cell));
  });
  return out;
}

export const lineAt = (n: number): string => `line ${n}`;
