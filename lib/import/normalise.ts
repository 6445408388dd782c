import type { z } from "zod";

import { issueMessage } from "../schemas/common";
import { ZFacilityPatch, type TFacilityPatch } from "../schemas/edit";
import type { Column } from "./columns";
import { w, type FacilityRecord, type Issue } from "./types";

// A record's fields as the edit layer takes them: words people write in a spreadsheet ("ja", "Dorpshuis", "52,09",
// "www.x.nl") become our values, then the same zod schema as the forms and the API checks them. Pure.

const TYPES: Record<string, string> = {
  buurthuis: "buurthuis",
  "community centre": "buurthuis",
  "community center": "buurthuis",
  community_centre: "buurthuis",
  dorpshuis: "dorpshuis",
  "village hall": "dorpshuis",
  wijkcentrum: "wijkcentrum",
  "neighbourhood centre": "wijkcentrum",
  "neighborhood center": "wijkcentrum",
  buurtkamer: "buurtkamer",
  "neighbourhood room": "buurtkamer",
  kantoor: "kantoor",
  office: "kantoor",
  anders: "anders",
  other: "anders",
};
const WHEELCHAIR: Record<string, string> = {
  ja: "yes",
  yes: "yes",
  true: "yes",
  "1": "yes",
  nee: "no",
  no: "no",
  false: "no",
  "0": "no",
  beperkt: "limited",
  deels: "limited",
  limited: "limited",
  onbekend: "unknown",
  unknown: "unknown",
};

/** The table's column for a field, so a message names what the person sees in their file. */
export const COLUMN_OF_FIELD: Record<Exclude<keyof TFacilityPatch, "activities">, Column | "status"> = {
  name: "naam",
  type: "soort",
  description: "omschrijving",
  phone: "telefoon",
  email: "email",
  website: "website",
  opening_hours: "openingstijden",
  wheelchair: "rolstoel",
  status: "status",
  street: "straat",
  house_number: "huisnummer",
  house_number_addition: "toevoeging",
  postcode: "postcode",
  place: "plaats",
  gemeente_code: "gemeente",
  lat: "lat",
  lng: "lng",
};

const number = (v: number | string | undefined) =>
  v === undefined ? undefined : typeof v === "number" ? v : Number(v.replace(",", "."));

/** The record's fields checked: what may be written, and an issue per field that may not. */
export function checkFields(r: FacilityRecord): { patch: TFacilityPatch; errors: Issue[] } {
  const f = r.fields;
  const input: Record<string, unknown> = { ...f };
  if (f.type !== undefined) input.type = TYPES[f.type.toLowerCase().trim()] ?? f.type;
  if (f.wheelchair !== undefined) input.wheelchair = WHEELCHAIR[f.wheelchair.toLowerCase().trim()] ?? f.wheelchair;
  if (f.lat !== undefined) input.lat = number(f.lat);
  if (f.lng !== undefined) input.lng = number(f.lng);
  if (f.website && /^www\./i.test(f.website)) input.website = `https://${f.website}`;
  if (f.gemeente_code && /^\d{1,4}$/.test(f.gemeente_code))
    input.gemeente_code = `GM${f.gemeente_code.padStart(4, "0")}`;
  // Field by field, so that a record's good fields are known even when one is bad (OSM data keeps them).
  const patch: Record<string, unknown> = {};
  const errors: Issue[] = [];
  const shape = ZFacilityPatch.shape as Record<string, z.ZodType>;
  for (const [field, value] of Object.entries(input)) {
    const schema = shape[field];
    if (!schema || value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      patch[field] = parsed.data;
      continue;
    }
    const column = COLUMN_OF_FIELD[field as keyof typeof COLUMN_OF_FIELD] ?? field;
    const message = parsed.error.issues[0]?.message ?? "";
    errors.push({
      record: r.at,
      field: column,
      message: w(`${column}: ${issueMessage(message, "nl")}`, `${column}: ${issueMessage(message, "en")}`),
    });
  }
  return { patch: patch as TFacilityPatch, errors };
}

const REQUIRED = ["name", "street", "house_number", "postcode", "place"] as const;

/** What a new facility lacks, as one issue (an existing one keeps its values for fields the file leaves empty). */
export function missingForNew(r: FacilityRecord, patch: TFacilityPatch): Issue[] {
  const missing = REQUIRED.filter((k) => patch[k] === undefined).map((k) => COLUMN_OF_FIELD[k]);
  if (missing.length === 0) return [];
  const list = missing.join(", ");
  return [{ record: r.at, field: missing[0]!, message: w(`Dit ontbreekt: ${list}.`, `Missing: ${list}.`) }];
}
