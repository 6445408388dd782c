// What every reader of an import file produces, and the report every import answers with (the dry run and the real
// run alike). Readers are pure: they turn a file into records; lib/server/import checks, matches and writes them.

export type Format = "csv" | "xlsx" | "geojson" | "osm" | "hsds";
export const FORMATS: readonly Format[] = ["csv", "xlsx", "geojson", "osm", "hsds"];

/** Two languages for every message a person reads (the CLI prints Dutch, `--json` carries both). */
export type Words = { nl: string; en: string };

/** A facility as a file describes it, in the edit layer's field names (ZFacilityPatch), values still as read. */
export type FacilityFields = Partial<{
  name: string;
  type: string;
  street: string;
  house_number: string;
  house_number_addition: string;
  postcode: string;
  place: string;
  gemeente_code: string;
  lat: number | string;
  lng: number | string;
  phone: string;
  email: string;
  website: string;
  description: string;
  opening_hours: string;
  wheelchair: string;
}>;

export type SourceInfo = { source: Format; licence?: string; attribution?: string };

export type FacilityRecord = {
  kind: "facility";
  /** where in the file: "regel 17" / "line 17", or the record's own id */
  at: string;
  /** the record's id in its source (`osm:node/123`, `hsds:<uuid>`, `csv:<org>/<id>`); null when the file has none */
  key: string | null;
  fields: FacilityFields;
  /** service kinds offered here: codes or names of our taxonomy, as written */
  services: string[];
  /** the organisation the file names (slug or name), when it names one */
  organization: string | null;
  bagId: string | null;
  info: SourceInfo;
  /** set by a reader that knows the organisation's id already (HSDS: the organisations it imported first) */
  operatorId?: string | null;
};

/** A problem with one record (an error stops the import; a warning does not). */
export type Issue = { record: string; field: string | null; message: Words };

/** A line of a reader's own: unknown columns, a converted encoding, features skipped as not ours. */
export type Note = Words;

export type FieldChange = { field: string; before: unknown; after: unknown };

export type Duplicate = {
  record: string;
  existing: { id: string; slug: string; name: string };
  reason: "external_id" | "bag_id" | "address" | "nearby_name";
  why: Words;
};

export type Report = {
  format: Format;
  dryRun: boolean;
  /** written (false for a dry run, and for a run with errors) */
  written: boolean;
  /** live at once, or waiting for a moderator (with the batch's id) */
  status: "applied" | "pending" | "nothing" | "refused";
  batchId: string | null;
  records: number;
  new: number;
  changed: number;
  unchanged: number;
  skipped: number;
  changes: { record: string; facility: string; fields: FieldChange[] }[];
  duplicates: Duplicate[];
  errors: Issue[];
  warnings: Issue[];
  /** the lists' full lengths (each list keeps its first REPORT_LIST_LIMIT entries) */
  totals: { errors: number; warnings: number; duplicates: number; changes: number };
};

/** How many of each list a report keeps in full (the counts are always exact). */
export const REPORT_LIST_LIMIT = 500;

export const w = (nl: string, en: string): Words => ({ nl, en });
