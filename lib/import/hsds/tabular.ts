import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { parse } from "csv-parse/sync";

import { readZipEntry, zipEntries } from "../zip-guard";
import { HsdsGraph, num, text, type HsdsSchedule } from "./graph";

// An HSDS tabular data package (datapackage.json + one CSV a table), as a folder, the path of its datapackage.json,
// or a zip. Tables are known by their file name in HSDS 3.0 (services.csv, service_at_locations.csv, schedules.csv,
// attributes.csv, taxonomy_terms.csv …) and in HSDS 1.1 (services_at_location.csv, physical_addresses.csv,
// regular_schedules.csv, services_taxonomy.csv, taxonomy.csv …).

type Row = Record<string, string>;
type Table =
  | "organization"
  | "service"
  | "location"
  | "address"
  | "phone"
  | "schedule"
  | "link"
  | "term"
  | "term11"
  | "attribute"
  | "service_taxonomy";

const TABLES: Record<string, Table> = {
  organizations: "organization",
  organization: "organization",
  services: "service",
  service: "service",
  locations: "location",
  location: "location",
  addresses: "address",
  address: "address",
  physical_addresses: "address",
  phones: "phone",
  phone: "phone",
  schedules: "schedule",
  schedule: "schedule",
  regular_schedules: "schedule",
  service_at_locations: "link",
  service_at_location: "link",
  services_at_location: "link",
  taxonomy_terms: "term",
  taxonomy_term: "term",
  // HSDS 1.1's taxonomy.csv holds its terms; in 3.0 it holds taxonomies and the terms are in taxonomy_term(s).csv.
  taxonomy: "term11",
  attributes: "attribute",
  attribute: "attribute",
  services_taxonomy: "service_taxonomy",
};

/** The package's CSV files by table: name → text. */
async function packageFiles(path: string): Promise<Map<Table, string>> {
  const files = new Map<Table, string>();
  const add = (name: string, content: string) => {
    const table = TABLES[basename(name, ".csv").toLowerCase()];
    if (table && name.toLowerCase().endsWith(".csv") && !files.has(table))
      files.set(table, content.replace(/^\uFEFF/, ""));
  };
  if (path.toLowerCase().endsWith(".zip")) {
    for (const e of await zipEntries(path))
      if (e.name.toLowerCase().endsWith(".csv")) add(e.name, (await readZipEntry(path, e.name)).toString("utf8"));
    return files;
  }
  const dir = (await stat(path)).isDirectory() ? path : dirname(path);
  for (const name of await readdir(dir)) add(name, await readFile(join(dir, name), "utf8"));
  return files;
}

const rows = (csv: string | undefined): Row[] =>
  csv ? (parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as Row[]) : [];

const schedule = (r: Row): HsdsSchedule => ({
  freq: text(r.freq),
  byday: text(r.byday),
  weekday: text(r.weekday),
  opens_at: text(r.opens_at),
  closes_at: text(r.closes_at),
  description: text(r.description),
  schedule_link: text(r.schedule_link),
});

export async function graphFromPackage(path: string): Promise<HsdsGraph> {
  const f = await packageFiles(path);
  const g = new HsdsGraph();
  for (const r of rows(f.get("organization")))
    if (r.id)
      g.organizations.set(r.id, {
        id: r.id,
        name: text(r.name),
        description: text(r.description),
        email: text(r.email),
        website: text(r.website ?? r.url),
      });
  for (const r of rows(f.get("service")))
    if (r.id)
      g.services.set(r.id, {
        id: r.id,
        organizationId: text(r.organization_id),
        name: text(r.name),
        description: text(r.description),
        email: text(r.email),
        url: text(r.url),
        status: text(r.status),
        languages: [],
        phones: [],
        terms: [],
      });
  for (const r of rows(f.get("location")))
    if (r.id)
      g.locations.set(r.id, {
        id: r.id,
        organizationId: text(r.organization_id),
        name: text(r.name),
        description: text(r.description),
        latitude: num(r.latitude),
        longitude: num(r.longitude),
        url: text(r.url),
        email: text(r.email),
        addresses: [],
        phones: [],
        schedules: [],
      });
  for (const r of rows(f.get("link")))
    if (r.id)
      g.links.set(r.id, {
        id: r.id,
        serviceId: r.service_id ?? "",
        locationId: r.location_id ?? "",
        schedules: [],
        description: text(r.description),
      });
  attachRows(g, f);
  g.checkKeys();
  return g;
}

/** The rows that hang under locations, links and services: addresses, schedules, phones, taxonomy terms. */
function attachRows(g: HsdsGraph, f: Map<Table, string>): void {
  const problem = (record: string, field: string, missing: string) => g.problems.push({ record, field, missing });
  for (const r of rows(f.get("address"))) {
    const loc = r.location_id ? g.locations.get(r.location_id) : undefined;
    if (!loc) problem(`address ${r.id}`, "location_id", r.location_id ?? "");
    else
      loc.addresses.push({
        address_1: text(r.address_1),
        city: text(r.city),
        postal_code: text(r.postal_code),
        country: text(r.country),
        type: text(r.address_type),
      });
  }
  for (const r of rows(f.get("schedule"))) {
    const target =
      (r.service_at_location_id && g.links.get(r.service_at_location_id)) ||
      (r.location_id && !r.service_id ? g.locations.get(r.location_id) : undefined);
    if (target) target.schedules.push(schedule(r));
  }
  for (const r of rows(f.get("phone"))) {
    const number = text(r.number)?.replace(/^"+|"+$/g, "");
    if (!number) continue;
    const owner = (r.location_id && g.locations.get(r.location_id)) || (r.service_id && g.services.get(r.service_id));
    if (owner) owner.phones.push(number);
  }
  const terms = new Map(
    rows(f.get("term") ?? f.get("term11")).map((r) => [
      r.id ?? "",
      { id: r.id, code: text(r.code), name: text(r.name) },
    ]),
  );
  const attach = (serviceId: string | undefined, termId: string | undefined, record: string) => {
    const s = serviceId ? g.services.get(serviceId) : undefined;
    const t = termId ? terms.get(termId) : undefined;
    if (!s) return; // attributes may link other kinds of record
    if (!t) problem(record, "taxonomy_term_id", termId ?? "");
    else s.terms.push(t);
  };
  for (const r of rows(f.get("attribute"))) attach(r.link_id, r.taxonomy_term_id, `attribute ${r.id}`);
  for (const r of rows(f.get("service_taxonomy"))) attach(r.service_id, r.taxonomy_id, `services_taxonomy ${r.id}`);
}
