"use server";

import { activityInput, formErrorKeys, ruleOfValues, type ActivityFormState } from "@/lib/forms/activity-form";
import type { FormState } from "@/lib/forms/form-state";
import { all, jsonField, localeOf, str } from "@/lib/forms/read-form";
import { attempt, formAction, redirectAction } from "@/lib/forms/run-action";
import { beheerMessages } from "@/lib/i18n/beheer";
import { previewActivity } from "@/lib/server/beheer/preview-activity-dates";
import { reapplyActivity, removeActivity, saveActivity } from "@/lib/server/beheer/save-activity";
import { setActivityDate } from "@/lib/server/beheer/set-activity-date";

// The programme's server actions (issue 16): the activity form (preview or save), "apply my change to the new
// version" after a conflict, removing an activity, and a date's "gaat niet door" / "gaat toch door" from the
// dashboard. Each reads its form and hands it to one use case in lib/server/beheer, which checks the person's rights
// itself; errors are mapped by lib/forms/run-action.ts, like every other form of the member area.

const TEXT = [
  "id",
  "name",
  "summary",
  "kind",
  "organiser_name",
  "cost",
  "cost_text",
  "registration",
  "registration_text",
  "wheelchair",
  "start_time",
  "end_time",
  "valid_from",
  "valid_until",
  "skip_holidays",
  "often",
  "month_day",
  "once_date",
  "rrule",
] as const;
const LISTS = ["audiences", "languages", "days", "nths"] as const;

/** The form as sent, as the strings it shows again (lists comma-separated). */
function readActivityForm(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const k of TEXT) values[k] = str(form, k);
  for (const k of LISTS) values[k] = all(form, k).join(",");
  return values;
}

const afterSave = (facilityId: string, result: string) =>
  `/beheer/locaties/${facilityId}?resultaat=${result}#programma`;

/** "Voorbeeld bekijken" (shows the sentence and the next five dates, saves nothing) or "Opslaan". */
export async function submitActivity(_prev: ActivityFormState, form: FormData): Promise<ActivityFormState> {
  const values = readActivityForm(form);
  const facilityId = str(form, "facility");
  const t = beheerMessages(localeOf(form)).activities;
  const made = ruleOfValues(values);
  if ("problems" in made) {
    const errors = Object.entries(made.problems).flatMap(([field, code]) => (code ? [[field, t[code]]] : []));
    return { kind: "invalid", errors: Object.fromEntries(errors), values };
  }
  const input = activityInput(values, made.rule);
  const withFormKeys = (s: FormState): FormState =>
    s.kind === "invalid" ? { ...s, errors: formErrorKeys(s.errors, values.often ?? "") } : s;
  if (str(form, "intent") === "preview") {
    const r = await attempt(form, ({ actor, locale }) =>
      previewActivity({ actor, facilityId, ...(values.id ? { activityId: values.id } : {}), input, lang: locale }),
    );
    if (r.ok) return { kind: "preview", values, dates: r.value };
    if (r.failure.kind === "conflict") throw r.failure.error; // a preview saves nothing, so it cannot conflict
    return withFormKeys({ ...r.failure, values });
  }
  const state = await formAction(form, values, async ({ actor }) => {
    const out = await saveActivity({ actor, facilityId, seenVersion: Number(str(form, "version")), activity: input });
    return afterSave(facilityId, out.outcome);
  });
  return withFormKeys(state);
}

/** "Apply my change to the new version" after a conflict: the same activity, over the version now current. */
export async function reapplyActivityChange(_prev: FormState, form: FormData): Promise<FormState> {
  const facilityId = str(form, "id");
  return formAction(form, {}, async ({ actor }) => {
    const mine = jsonField(form, "mine");
    const out = await reapplyActivity({ actor, facilityId, version: Number(str(form, "version")), mine });
    return afterSave(facilityId, out.outcome);
  });
}

export async function removeActivityButton(form: FormData): Promise<void> {
  const facilityId = str(form, "facility");
  await redirectAction(
    form,
    `/beheer/locaties/${facilityId}`,
    async ({ actor }) => {
      const out = await removeActivity({ actor, facilityId, activityId: str(form, "activity") });
      return out.outcome === "applied" ? "removed" : out.outcome;
    },
    (result) => afterSave(facilityId, result),
  );
}

/** "Gaat niet door" (with an optional reason) or "Gaat toch door" for one date, from the dashboard. */
export async function setActivityDateButton(form: FormData): Promise<void> {
  const cancelled = str(form, "state") === "cancelled";
  // Back to the dashboard as it was filtered (a GET form's fields, sent along as hidden fields).
  const filter = new URLSearchParams(
    (["zoek", "soort"] as const).flatMap((k) => (str(form, k) ? [[k, str(form, k).slice(0, 100)]] : [])),
  ).toString();
  await redirectAction(form, filter ? `/beheer?${filter}` : "/beheer", async ({ actor }) => {
    const out = await setActivityDate({
      actor,
      facilityId: str(form, "facility"),
      activityId: str(form, "activity"),
      date: str(form, "date"),
      cancelled,
      reason: str(form, "reason"),
    });
    return out.outcome === "applied" ? (cancelled ? "cancelled" : "restored") : out.outcome;
  });
}
