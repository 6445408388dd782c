import { csvField } from "../csv";

// The HSDS 3.0 tabular form (a Frictionless tabular data package): one CSV per table, with the columns Buurtwijzer
// fills, in the order of the spec's datapackage.json, and the package's datapackage.json describing them. The rows
// are the API's objects (lib/hsds) without their nested lists, which are tables of their own.

type FieldType = "string" | "number" | "datetime";
type Table = { name: string; path: string; columns: [string, FieldType?][] };

const T = <N extends string>(name: N, columns: Table["columns"]) => ({ name, path: `${name}.csv`, columns });

export const TABLES = [
  T("organization", [["id"], ["name"], ["description"], ["email"], ["website"]]),
  T("service", [
    ["id"],
    ["organization_id"],
    ["name"],
    ["description"],
    ["url"],
    ["email"],
    ["status"],
    ["application_process"],
    ["fees_description"],
    ["eligibility_description"],
    ["last_modified", "datetime"],
  ]),
  T("location", [
    ["id"],
    ["location_type"],
    ["url"],
    ["organization_id"],
    ["name"],
    ["description"],
    ["latitude", "number"],
    ["longitude", "number"],
    ["external_identifier"],
    ["external_identifier_type"],
  ]),
  T("address", [
    ["id"],
    ["location_id"],
    ["address_1"],
    ["city"],
    ["region"],
    ["state_province"],
    ["postal_code"],
    ["country"],
    ["address_type"],
  ]),
  T("phone", [["id"], ["location_id"], ["service_id"], ["organization_id"], ["number"], ["type"]]),
  T("schedule", [
    ["id"],
    ["service_id"],
    ["location_id"],
    ["service_at_location_id"],
    ["freq"],
    ["wkst"],
    ["interval"],
    ["byday"],
    ["description"],
    ["opens_at"],
    ["closes_at"],
    ["valid_from"],
    ["valid_to"],
    ["schedule_link"],
    ["notes"],
  ]),
  T("service_at_location", [["id"], ["service_id"], ["location_id"], ["description"]]),
  T("taxonomy", [["id"], ["name"], ["description"], ["version"]]),
  T("taxonomy_term", [["id"], ["code"], ["name"], ["description"], ["taxonomy"], ["language"], ["taxonomy_id"]]),
  T("attribute", [["id"], ["link_id"], ["taxonomy_term_id"], ["link_type"], ["link_entity"]]),
] as const satisfies readonly Table[];

export type TableName = (typeof TABLES)[number]["name"];

// Numbers, dates and phone numbers ("+31 30 123 4567") go out as they are: nothing a spreadsheet would run, and a
// harvester must get "+31…" back, not "'+31…". Everything else through csvField, which defuses formulas.
const PLAIN = /^[+-]?\d[\d .,:()/-]*$/;

function field(v: unknown): string {
  if (v === undefined || v === null) return '""';
  const s = String(v);
  return typeof v === "number" || PLAIN.test(s) ? `"${s}"` : csvField(s);
}

export const csvHeader = (t: Table): string => `${t.columns.map(([c]) => csvField(c)).join(",")}\r\n`;

export const csvRows = (t: Table, rows: Record<string, unknown>[]): string =>
  rows.map((r) => `${t.columns.map(([c]) => field(r[c])).join(",")}\r\n`).join("");

const REFERENCES: Record<string, string> = {
  organization_id: "organization",
  service_id: "service",
  location_id: "location",
  service_at_location_id: "service_at_location",
  taxonomy_term_id: "taxonomy_term",
  taxonomy_id: "taxonomy",
};

/** The resources of datapackage.json: each table's file, its fields, key and references. */
export const resources = () =>
  TABLES.map((t) => ({
    name: t.name,
    path: t.path,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    schema: {
      fields: t.columns.map(([name, type = "string"]) => ({
        name,
        type,
        ...(name === "id" || name.endsWith("_id") ? { format: "uuid" } : {}),
        ...(name === "id" ? { constraints: { required: true, unique: true } } : {}),
      })),
      primaryKey: "id",
      foreignKeys: t.columns.flatMap(([name]) => {
        const resource = REFERENCES[name];
        return resource && resource !== t.name ? [{ fields: name, reference: { resource, fields: "id" } }] : [];
      }),
    },
  }));
