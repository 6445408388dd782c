import type { InputHTMLAttributes, ReactNode } from "react";

import type { BeheerMessages } from "@/lib/i18n/beheer";

import { FieldError, SelectField } from "./form-fields";
import { ServiceChoices } from "./service-choices";

// The activity form's labels (its own words: "Voor wie?", not the service form's "Doelgroepen"), a text field with a
// hint that the control names in aria-describedby together with its error line, and the builders of its fields.

export type Option = { value: string; label: string };

/** The activity form's words for its fields (the keys are the API's field names and the form's own choices). */
export function activityLabels(t: BeheerMessages["activities"]): Record<string, string> {
  return {
    name: t.fieldName,
    summary: t.fieldSummary,
    kind: t.fieldKind,
    organiser_name: t.fieldOrganiser,
    audiences: t.fieldAudiences,
    languages: t.fieldLanguages,
    cost: t.fieldCost,
    cost_text: t.fieldCostText,
    registration: t.fieldRegistration,
    registration_text: t.fieldRegistrationText,
    wheelchair: t.fieldWheelchair,
    often: t.often,
    days: t.days,
    nths: t.nths,
    month_day: t.monthDay,
    once_date: t.onceDate,
    start_time: t.startTime,
    end_time: t.endTime,
    valid_from: t.validFrom,
    valid_until: t.validUntil,
    skip_holidays: t.skipHolidays,
  };
}

export function HintedField({
  name,
  label,
  hint,
  error,
  ...input
}: { name: string; label: string; hint?: string | undefined; error?: string | undefined } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name"
>) {
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        autoComplete="off"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={name} error={error} />
    </div>
  );
}

/** The form's fields, each with its label, its value as sent and its error. */
export function fieldMakers(
  values: Record<string, string>,
  errors: Record<string, string>,
  labels: Record<string, string>,
) {
  const field = (name: string, opts: { type?: string; hint?: string; required?: boolean } = {}) => (
    <HintedField
      name={name}
      label={labels[name] ?? name}
      type={opts.type ?? "text"}
      defaultValue={values[name] ?? ""}
      hint={opts.hint}
      required={opts.required}
      error={errors[name]}
    />
  );
  const boxes = (name: string, options: Option[], type: "checkbox" | "radio" = "checkbox") => (
    <ServiceChoices
      name={name}
      label={labels[name]}
      value={values[name]}
      error={errors[name]}
      options={options}
      type={type}
    />
  );
  /** A select whose first option (value "") is `none`. */
  const select = (name: string, none: string, options: Option[]): ReactNode => (
    <SelectField name={name} label={labels[name]} defaultValue={values[name] ?? ""} error={errors[name]}>
      <option value="">{none}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
  return { field, boxes, select };
}
export type FieldMakers = ReturnType<typeof fieldMakers>;
