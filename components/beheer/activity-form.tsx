"use client";

import { useActionState, useState, type FormEvent } from "react";

import type { RuleWords } from "@/lib/activities/rule-text";
import { RULE_FIELDS, type ActivityFormState } from "@/lib/forms/activity-form";
import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fieldLabels } from "@/lib/i18n/field-labels";
import { localePath } from "@/lib/i18n/locales";

import { useHydrated } from "../use-hydrated";
import { ActivityConflict } from "./activity-conflict";
import { activityLabels, fieldMakers } from "./activity-form-parts";
import { WhatFields, WhenFields, WhoFields, type ActivityFormOptions } from "./activity-form-sections";
import { FormAnswer } from "./form-answer";

// The activity form (/beheer/locaties/<id>/activiteiten/…): what, when in everyday words ("Hoe vaak?"), for whom, cost,
// registration. "Voorbeeld bekijken" posts it back and shows the sentence and the next five dates without saving;
// "Opslaan" saves through the edit layer. Works without JavaScript; with it, the sentence follows what is typed.

export type { ActivityFormOptions };

const LIST_FIELDS: ReadonlySet<string> = new Set(["days", "nths"]);

export function ActivityForm(p: {
  action: (prev: ActivityFormState, form: FormData) => Promise<ActivityFormState>;
  reapply: (prev: FormState, form: FormData) => Promise<FormState>;
  facilityId: string;
  version: number;
  values: Record<string, string>;
  locale: "nl" | "en";
  t: BeheerMessages;
  ruleWords: RuleWords;
  options: ActivityFormOptions;
  /** the stored rule in words, when the everyday choices cannot show it */
  asIs: string | null;
}) {
  const [state, formAction, busy] = useActionState(p.action, { kind: "idle" });
  const enhanced = useHydrated();
  const t = p.t.activities;
  const values = state.kind === "idle" ? p.values : { ...p.values, ...state.values };
  const errors = state.kind === "invalid" ? state.errors : {};
  // The rule's fields as the reader changed them since the last answer (JavaScript only), for the live sentence.
  const [typed, setTyped] = useState<{ after: ActivityFormState; values: Record<string, string> } | null>(null);
  const now = typed && typed.after === state ? { ...values, ...typed.values } : values;
  const labels = activityLabels(t);
  const make = fieldMakers(values, errors, labels);
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const form = new FormData(e.currentTarget);
    const v = RULE_FIELDS.map((k) => [k, LIST_FIELDS.has(k) ? form.getAll(k).join(",") : String(form.get(k) ?? "")]);
    setTyped({ after: state, values: Object.fromEntries(v) });
  };
  // Re-mount the form with the values sent after every answer (React resets a form after its action).
  const formKey = `${state.kind}:${JSON.stringify(values)}`;
  return (
    <>
      <FormAnswer
        state={state.kind === "preview" ? { kind: "idle" } : state}
        t={p.t}
        labels={labels}
        locale={p.locale}
        summary
      />
      {state.kind === "conflict" && (
        <ActivityConflict
          facilityId={p.facilityId}
          locale={p.locale}
          t={p.t}
          labels={{ ...fieldLabels(p.t), activities: t.programme }}
          currentVersion={state.currentVersion}
          theirs={state.theirs}
          mine={state.mine}
          reloadHref={localePath(p.locale, `/beheer/locaties/${p.facilityId}`)}
          reapply={p.reapply}
        />
      )}
      <form action={formAction} className="form" key={formKey} noValidate onChange={onChange}>
        <input type="hidden" name="facility" value={p.facilityId} />
        <input type="hidden" name="version" value={p.version} />
        <input type="hidden" name="locale" value={p.locale} />
        {values.id && <input type="hidden" name="id" value={values.id} />}
        <WhatFields make={make} t={t} kinds={p.options.kinds} />
        <WhenFields
          make={make}
          t={t}
          locale={p.locale}
          state={state}
          values={values}
          now={now}
          errors={errors}
          enhanced={enhanced}
          weekdays={p.options.weekdays}
          ruleWords={p.ruleWords}
          asIs={p.asIs}
        />
        <WhoFields make={make} t={t} options={p.options} />
        <button type="submit" name="intent" value="save" className="primary" disabled={busy}>
          {p.t.save}
        </button>
      </form>
    </>
  );
}
