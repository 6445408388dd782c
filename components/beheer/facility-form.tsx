"use client";

import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fieldLabels } from "@/lib/i18n/field-labels";
import { localePath } from "@/lib/i18n/locales";
import { FACILITY_STATUS, FACILITY_TYPES, WHEELCHAIR } from "@/lib/schemas/common";

import { fieldBuilders, hoursLabels, VerifyBox } from "./facility-form-parts";
import { FormAnswer } from "./form-answer";
import { TextAreaField } from "./form-fields";
import { HoursEditor } from "./hours-editor";
import { LocationPicker } from "./location-picker";
import { useEditForm } from "./use-edit-form";

// The facility form: every editable field, errors next to the field (and a summary on top that links to them),
// the conflict screen when someone else saved first. Posts to a server action; works without JavaScript too
// (then the week schedule is left out and the raw opening-hours field is used).

type Action = (prev: FormState, form: FormData) => Promise<FormState>;
type Props = {
  action: Action;
  reapply?: Action;
  id?: string;
  organization?: string;
  version?: number;
  values: Record<string, string>;
  locale: "nl" | "en";
  t: BeheerMessages;
  typeNames: Record<string, string>;
  wheelchairNames: Record<string, string>;
  statusNames: Record<string, string>;
  submitLabel: string;
  /** the "alles op deze pagina klopt" box: only where the form shows every field (a full edit, not a proposal) */
  verifyBox?: boolean;
};

/** "It is another place": shown once a proposal was answered with a possible duplicate. */
function NotDuplicateBox({ label, checked, error }: { label: string; checked: boolean; error?: string }) {
  return (
    <div className="field">
      <label>
        <input
          type="checkbox"
          id="not_duplicate"
          name="not_duplicate"
          value="ja"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "not_duplicate-error" : undefined}
        />{" "}
        {label}
      </label>
      {error && (
        <p className="error" id="not_duplicate-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function FacilityForm(p: Props) {
  const { state, formAction, busy, values, errors } = useEditForm(p.action, p.values);
  const t = p.t;
  const labels = fieldLabels(t);
  const { field, select } = fieldBuilders(values, errors, labels);
  // Re-mount the form with the submitted values after an answer (React resets a form after its action).
  const formKey = JSON.stringify(values).length + (state.kind === "idle" ? 0 : 1) + Object.keys(errors).join();
  const conflict =
    p.id && p.reapply
      ? {
          type: "facility" as const,
          id: p.id,
          reloadHref: localePath(p.locale, `/beheer/locaties/${p.id}`),
          reapply: p.reapply,
        }
      : undefined;
  return (
    <>
      <FormAnswer state={state} t={t} labels={labels} locale={p.locale} summary formAnchor="name" conflict={conflict} />
      <form action={formAction} className="form" key={formKey} noValidate>
        {p.id && <input type="hidden" name="id" value={p.id} />}
        {p.organization && <input type="hidden" name="organization" value={p.organization} />}
        {p.version !== undefined && <input type="hidden" name="version" value={p.version} />}
        <input type="hidden" name="locale" value={p.locale} />
        {field("name", { required: true })}
        {select("type", FACILITY_TYPES, p.typeNames)}
        <TextAreaField
          name="description"
          label={labels.description}
          defaultValue={values.description ?? ""}
          error={errors.description}
        />
        <div className="row">
          {field("street", { required: true, autoComplete: "address-line1" })}
          {field("house_number", { required: true })}
          {field("house_number_addition")}
        </div>
        <div className="row">
          {field("postcode", { required: true, autoComplete: "postal-code" })}
          {field("place", { required: true, autoComplete: "address-level2" })}
        </div>
        <p className="hint">{t.locationHint}</p>
        <div className="row">
          {field("lat", { inputMode: "decimal" })}
          {field("lng", { inputMode: "decimal" })}
        </div>
        {p.id && values.lat && values.lng && (
          <LocationPicker lat={Number(values.lat)} lng={Number(values.lng)} title={values.name ?? ""} />
        )}
        <div className="row">
          {field("phone", { type: "tel", autoComplete: "tel" })}
          {field("email", { type: "email", autoComplete: "email" })}
        </div>
        {field("website", { type: "url", autoComplete: "url" })}
        <HoursEditor
          initial={values.opening_hours ?? ""}
          locale={p.locale}
          error={errors.opening_hours}
          labels={hoursLabels(t)}
        />
        <div className="row">
          {select("wheelchair", WHEELCHAIR, p.wheelchairNames)}
          {select("status", FACILITY_STATUS, p.statusNames)}
        </div>
        {p.verifyBox && <VerifyBox t={t} value={values.verified} />}
        {(errors.not_duplicate || values.not_duplicate) && (
          <NotDuplicateBox
            label={t.notDuplicate}
            checked={values.not_duplicate === "ja"}
            error={errors.not_duplicate}
          />
        )}
        <button type="submit" className="primary" disabled={busy}>
          {p.submitLabel}
        </button>
      </form>
    </>
  );
}
