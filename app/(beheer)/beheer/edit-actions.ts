"use server";

import { redirect } from "next/navigation";
import { z, ZodError } from "zod";

import { currentActor } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { fieldErrors } from "@/lib/schemas/edit";
import { acceptAttachment, refuseAttachment } from "@/lib/server/edit/attach-requests";
import {
  confirmCurrent,
  proposeFacility,
  revertTo,
  setTempState,
  snapshotAt,
  submitChange,
  type Outcome,
} from "@/lib/server/edit/changes";
import { approveChange, rejectChange } from "@/lib/server/edit/decide";
import { effectivePatch, ENTITIES, type Entity } from "@/lib/server/edit/entities";
import { ConflictError, EditError } from "@/lib/server/edit/errors";
import { resolveReport } from "@/lib/server/reports";
import { updateTaxonomy } from "@/lib/server/taxonomy-admin";

import { localeOf, redirectAfter, str } from "./form-data";

// Server actions of the member area. Each reads the signed-in person fresh, hands the parsed form to the edit layer
// (which checks the rights again), and answers with field errors, a conflict, or a redirect after success (so a
// reload never posts twice). Next.js checks the Origin of every server action (CSRF).

const FACILITY_TEXT = [
  "name",
  "type",
  "description",
  "phone",
  "email",
  "website",
  "opening_hours",
  "wheelchair",
  "status",
  "street",
  "house_number",
  "house_number_addition",
  "postcode",
  "place",
] as const;

const num = (v: string) => (v.trim() === "" ? Number.NaN : Number(v.replace(",", ".")));

function readFacilityForm(form: FormData): { values: Record<string, string>; input: Record<string, unknown> } {
  const values: Record<string, string> = {};
  for (const k of [...FACILITY_TEXT, "lat", "lng"]) values[k] = str(form, k);
  const input: Record<string, unknown> = { ...values, lat: num(values.lat ?? ""), lng: num(values.lng ?? "") };
  return { values, input };
}

function failure(e: unknown, locale: "nl" | "en", values: Record<string, string>): FormState {
  if (e instanceof ZodError) return { kind: "invalid", errors: fieldErrors(e, locale), values };
  if (e instanceof EditError)
    return e.field
      ? { kind: "invalid", errors: { [e.field]: e.text[locale] }, values }
      : { kind: "error", message: e.text[locale], values };
  if (e instanceof ConflictError)
    return { kind: "conflict", currentVersion: e.currentVersion, theirs: e.theirs, mine: {}, values };
  throw e;
}

const PAGES = {
  facility: "/beheer/locaties/",
  service: "/beheer/diensten/",
  organization: "/beheer/organisaties/",
} as const;
type EntityType = keyof typeof PAGES;

/** What the page says after a save: "consent" when another organisation's facility waits for its yes. */
const resultOf = (out: Outcome): string =>
  out.awaitingConsent?.length ? "consent" : out.outcome === "unchanged" && out.verified ? "verify" : out.outcome;

/**
 * The one save path of the forms: parse, keep only what the editor changed compared with the version they saw
 * (so re-applying after a conflict never reverts someone else's change), submit, then redirect or answer errors.
 */
async function saveForm(
  type: EntityType,
  form: FormData,
  values: Record<string, string>,
  input: Record<string, unknown>,
  opts: { verified?: boolean } = {},
): Promise<FormState> {
  const locale = localeOf(form);
  const id = str(form, "id");
  const seen = Number(str(form, "version"));
  const db = getPrisma();
  let outcome: string;
  let mine: Record<string, unknown> = {};
  try {
    const entity = ENTITIES[type] as unknown as Entity<Record<string, unknown>>;
    const parsed = entity.schema.parse(input);
    const current = await entity.load(db, z.uuid().parse(id));
    const base = (await snapshotAt(db, type, id, seen)) ?? current?.snapshot ?? {};
    // For a facility, a new postcode without a moved pin: the edit layer places the pin from the postcode (the
    // unchanged lat/lng are left out here).
    mine = effectivePatch(base, parsed);
    outcome = resultOf(await submitChange(db, await currentActor(), type, id, seen, mine, opts));
  } catch (e) {
    const f = failure(e, locale, values);
    return f.kind === "conflict" ? { ...f, mine } : f;
  }
  redirect(`${PAGES[type]}${id}?resultaat=${outcome}`);
}

export async function saveFacility(_prev: FormState, form: FormData): Promise<FormState> {
  const { values, input } = readFacilityForm(form);
  // "Alles op deze pagina klopt": the save also counts as "alles klopt nog" (kept as ticked/unticked on a re-show).
  const verified = str(form, "verified") === "ja";
  values.verified = verified ? "ja" : "nee";
  return saveForm("facility", form, values, input, { verified });
}

/** "Apply my changes to the new version" after a conflict: the same changes, over the version now current. */
export async function reapplyChange(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = localeOf(form);
  const id = str(form, "id");
  const type: EntityType = z.enum(["facility", "service", "organization"]).catch("facility").parse(str(form, "type"));
  let outcome: string;
  let mine: Record<string, unknown> = {};
  try {
    mine = z.record(z.string(), z.unknown()).parse(JSON.parse(str(form, "mine") || "{}"));
    outcome = resultOf(
      await submitChange(getPrisma(), await currentActor(), type, id, Number(str(form, "version")), mine),
    );
  } catch (e) {
    const f = failure(e, locale, {});
    return f.kind === "conflict" ? { ...f, mine } : f;
  }
  redirect(`${PAGES[type]}${id}?resultaat=${outcome}`);
}

const SERVICE_LISTS = ["languages", "access", "categories", "audiences", "facility_ids"] as const;
const SERVICE_TEXT = ["name", "description", "cost", "cost_text", "eligibility", "email", "phone", "website"] as const;

export async function saveService(_prev: FormState, form: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  const input: Record<string, unknown> = {};
  for (const k of SERVICE_TEXT) input[k] = values[k] = str(form, k);
  for (const k of SERVICE_LISTS) {
    const list = form.getAll(k).filter((v): v is string => typeof v === "string");
    input[k] = list;
    values[k] = list.join(",");
  }
  // Per ticked facility: a note and/or the service's own hours there.
  const ticked = new Set(input.facility_ids as string[]);
  const overrides: Record<string, { note: string; opening_hours: string }> = {};
  for (const [key, v] of form.entries()) {
    const m = /^(note|hours):(.+)$/.exec(key);
    if (!m || typeof v !== "string") continue;
    values[key] = v;
    if (!ticked.has(m[2]!)) continue;
    const o = (overrides[m[2]!] ??= { note: "", opening_hours: "" });
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
  return saveForm("service", form, values, input);
}

/** A one-button change: run it, then back to `back` with `done` or the reason it did not happen. */
async function simple(form: FormData, run: () => Promise<unknown>, done: string, back: string): Promise<void> {
  await redirectAfter(form, back, async () => {
    await run();
    return done;
  });
}

export async function setTemp(form: FormData): Promise<void> {
  const id = str(form, "id");
  const until = str(form, "until");
  await simple(
    form,
    async () =>
      setTempState(getPrisma(), await currentActor(), id, {
        state: str(form, "state"),
        reason: str(form, "reason"),
        ...(until ? { until } : {}),
      }),
    "temp",
    `/beheer/locaties/${id}`,
  );
}

export async function confirm(form: FormData): Promise<void> {
  const id = str(form, "id");
  await simple(
    form,
    async () => confirmCurrent(getPrisma(), await currentActor(), id),
    "verify",
    `/beheer/locaties/${id}`,
  );
}

export async function approve(form: FormData): Promise<void> {
  await simple(
    form,
    async () => approveChange(getPrisma(), await currentActor(), str(form, "id")),
    "approved",
    "/beheer/moderatie",
  );
}

export async function reject(form: FormData): Promise<void> {
  await simple(
    form,
    async () => rejectChange(getPrisma(), await currentActor(), str(form, "id"), { reason: str(form, "reason") }),
    "rejected",
    "/beheer/moderatie",
  );
}

/** The facility's organisation accepts or refuses another organisation's service at its facility (from /beheer). */
export async function acceptAttach(form: FormData): Promise<void> {
  await simple(
    form,
    async () => acceptAttachment(getPrisma(), await currentActor(), str(form, "id")),
    "accepted",
    "/beheer",
  );
}

export async function refuseAttach(form: FormData): Promise<void> {
  await simple(
    form,
    async () => refuseAttachment(getPrisma(), await currentActor(), str(form, "id"), { reason: str(form, "reason") }),
    "refused",
    "/beheer",
  );
}

export async function revert(form: FormData): Promise<void> {
  const back = str(form, "back").startsWith("/beheer/") ? str(form, "back") : "/beheer";
  await simple(
    form,
    async () =>
      revertTo(
        getPrisma(),
        await currentActor(),
        str(form, "revision"),
        Number(str(form, "version")),
        str(form, "which") === "before" ? "before" : "after",
      ),
    "reverted",
    back,
  );
}

export async function proposeNewFacility(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = localeOf(form);
  const org = str(form, "organization");
  const { values, input } = readFacilityForm(form);
  if (Number.isNaN(input.lat)) delete input.lat;
  if (Number.isNaN(input.lng)) delete input.lng;
  for (const k of Object.keys(input)) if (input[k] === "" && k !== "name") delete input[k];
  try {
    await proposeFacility(getPrisma(), await currentActor(), org, input);
  } catch (e) {
    return failure(e, locale, values);
  }
  redirect("/beheer?resultaat=proposed");
}

const ORG_TEXT = ["name", "description", "website", "email", "phone", "kvk_number"] as const;

export async function saveOrganization(_prev: FormState, form: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  for (const k of ORG_TEXT) values[k] = str(form, k);
  return saveForm("organization", form, values, { ...values });
}

export async function resolve(form: FormData): Promise<void> {
  const back = str(form, "back").startsWith("/beheer") ? str(form, "back") : "/beheer";
  await simple(
    form,
    async () => resolveReport(getPrisma(), await currentActor(), str(form, "report")),
    "resolved",
    back,
  );
}

export async function saveTaxonomy(form: FormData): Promise<void> {
  const codes = form.getAll("code").filter((v): v is string => typeof v === "string");
  const rows = codes.map((code) => ({
    code,
    label_nl: str(form, `nl:${code}`),
    label_en: str(form, `en:${code}`),
    sort_order: Number(str(form, `order:${code}`)),
  }));
  await simple(form, async () => updateTaxonomy(getPrisma(), await currentActor(), rows), "saved", "/beheer/taxonomie");
}
