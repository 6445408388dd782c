"use server";

import { z } from "zod";

import type { FormState } from "@/lib/forms/form-state";
import { jsonField, str } from "@/lib/forms/read-form";
import { formAction, redirectAction } from "@/lib/forms/run-action";
import {
  confirmFacility,
  mergeIntoFacility,
  proposeNewFacility as proposeFacilityUseCase,
  revertRevision,
  setTemporaryState,
} from "@/lib/server/beheer/facility-operations";
import { reapplyChange as reapplyUseCase } from "@/lib/server/beheer/save-listing";

import { LISTING_PAGES, resultOf, saveListingForm } from "./listing-form";

// Server actions of the member area's listings: each reads the form, hands it to one use case in lib/server (which
// checks the signed-in person's rights itself), and answers through lib/forms/run-action.ts (field errors, a
// conflict, or a redirect after success, so a reload never posts twice). Next.js checks every action's Origin (CSRF).

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

export async function saveFacility(_prev: FormState, form: FormData): Promise<FormState> {
  const { values, input } = readFacilityForm(form);
  // "Alles op deze pagina klopt": the save also counts as "alles klopt nog" (kept as ticked/unticked on a re-show).
  const verified = str(form, "verified") === "ja";
  values.verified = verified ? "ja" : "nee";
  return saveListingForm("facility", form, values, input, verified);
}

/** "Apply my changes to the new version" after a conflict: the same changes, over the version now current. */
export async function reapplyChange(_prev: FormState, form: FormData): Promise<FormState> {
  const id = str(form, "id");
  const type = z.enum(["facility", "service", "organization"]).catch("facility").parse(str(form, "type"));
  return formAction(form, {}, async ({ actor }) => {
    const mine = jsonField(form, "mine");
    const out = await reapplyUseCase({ actor, type, id, version: Number(str(form, "version")), mine });
    return `${LISTING_PAGES[type]}${id}?resultaat=${resultOf(out)}`;
  });
}

export async function setTemp(form: FormData): Promise<void> {
  const facilityId = str(form, "id");
  const until = str(form, "until");
  await redirectAction(form, `/beheer/locaties/${facilityId}`, async ({ actor }) => {
    await setTemporaryState({
      actor,
      facilityId,
      state: str(form, "state"),
      reason: str(form, "reason"),
      ...(until ? { until } : {}),
    });
    return "temp";
  });
}

export async function confirm(form: FormData): Promise<void> {
  const facilityId = str(form, "id");
  await redirectAction(form, `/beheer/locaties/${facilityId}`, async ({ actor }) => {
    await confirmFacility({ actor, facilityId });
    return "verify";
  });
}

/** A moderator: this facility is a duplicate of the one at `target`; merged into it, then its page is shown. */
export async function merge(form: FormData): Promise<void> {
  const facilityId = str(form, "id");
  await redirectAction(
    form,
    `/beheer/locaties/${facilityId}`,
    async ({ actor }) => mergeIntoFacility({ actor, facilityId, target: str(form, "target") }),
    (keptId) => `/beheer/locaties/${keptId}?resultaat=merged`,
  );
}

export async function revert(form: FormData): Promise<void> {
  const back = str(form, "back").startsWith("/beheer/") ? str(form, "back") : "/beheer";
  await redirectAction(form, back, async ({ actor }) => {
    await revertRevision({
      actor,
      revisionId: str(form, "revision"),
      seenVersion: Number(str(form, "version")),
      which: str(form, "which") === "before" ? "before" : "after",
    });
    return "reverted";
  });
}

export async function proposeNewFacility(_prev: FormState, form: FormData): Promise<FormState> {
  const { values, input } = readFacilityForm(form);
  if (Number.isNaN(input.lat)) delete input.lat;
  if (Number.isNaN(input.lng)) delete input.lng;
  for (const k of Object.keys(input)) if (input[k] === "" && k !== "name") delete input[k];
  const notDuplicate = str(form, "not_duplicate") === "ja";
  values.not_duplicate = notDuplicate ? "ja" : "";
  return formAction(form, values, async ({ actor }) => {
    await proposeFacilityUseCase({ actor, organizationId: str(form, "organization"), input, notDuplicate });
    return "/beheer?resultaat=proposed";
  });
}
