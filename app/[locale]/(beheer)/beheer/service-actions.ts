"use server";

import type { FormState } from "@/lib/forms/form-state";
import { all, str } from "@/lib/forms/read-form";

import { saveListingForm } from "./listing-form";

// The service form's server action: reads the form (lists, per-facility notes and hours) and saves it through the
// listings' one save path (listing-form.ts).

const SERVICE_LISTS = ["languages", "access", "categories", "audiences", "facility_ids"] as const;
const SERVICE_TEXT = ["name", "description", "cost", "cost_text", "eligibility", "email", "phone", "website"] as const;

export async function saveService(_prev: FormState, form: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  const input: Record<string, unknown> = {};
  for (const k of SERVICE_TEXT) input[k] = values[k] = str(form, k);
  for (const k of SERVICE_LISTS) {
    const list = all(form, k);
    input[k] = list;
    values[k] = list.join(",");
  }
  // Per ticked facility: a note and/or the service's own hours there.
  const ticked = new Set(all(form, "facility_ids"));
  const overrides: Record<string, { note: string; opening_hours: string }> = {};
  for (const [key, v] of form.entries()) {
    const m = /^(note|hours):(.+)$/.exec(key);
    const facilityId = m?.[2];
    if (!m || !facilityId || typeof v !== "string") continue;
    values[key] = v;
    if (!ticked.has(facilityId)) continue;
    const o = (overrides[facilityId] ??= { note: "", opening_hours: "" });
    if (m[1] === "note") o.note = v;
    else o.opening_hours = v;
  }
  input.location_overrides = overrides;
  // "Zoek locaties" in the picker (the form without JavaScript): save nothing, show the form again as it was sent,
  // with the list of locations narrowed — so nothing the editor already changed or ticked is lost.
  if (str(form, "intent") === "filter") {
    for (const k of ["plek_zoek", "plek_soort"]) values[k] = str(form, k);
    return { kind: "filter", values };
  }
  return saveListingForm("service", form, values, input);
}
