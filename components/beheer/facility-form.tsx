"use client";

import { useActionState } from "react";

import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fieldLabels } from "@/lib/i18n/field-labels";
import { FACILITY_STATUS, FACILITY_TYPES, WHEELCHAIR } from "@/lib/schemas/facility";

import { ConflictPanel } from "./conflict-panel";
import { HoursEditor } from "./hours-editor";
import { LocationPicker } from "./location-picker";

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

export function FacilityForm(p: Props) {
  const [state, formAction, busy] = useActionState(p.action, { kind: "idle" });
  const current = state;
  const values = current.kind === "idle" ? p.values : { ...p.values, ...current.values };
  const errors = current.kind === "invalid" ? current.errors : {};
  const t = p.t;
  const labels = fieldLabels(t);
  const field = (
    name: string,
    opts: { type?: string; required?: boolean; autoComplete?: string; inputMode?: "decimal" | "tel" } = {},
  ) => (
    <div className="field">
      <label htmlFor={name}>{labels[name]}</label>
      <input
        id={name}
        name={name}
        type={opts.type ?? "text"}
        defaultValue={values[name] ?? ""}
        required={opts.required}
        autoComplete={opts.autoComplete ?? "off"}
        inputMode={opts.inputMode}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
      />
      {errors[name] && (
        <p className="error" id={`${name}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );
  const select = (name: string, options: readonly string[], names: Record<string, string>) => (
    <div className="field">
      <label htmlFor={name}>{labels[name]}</label>
      <select
        id={name}
        name={name}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {names[o] ?? o}
          </option>
        ))}
      </select>
      {errors[name] && (
        <p className="error" id={`${name}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );
  // Re-mount the form with the submitted values after an answer (React resets a form after its action).
  const formKey = JSON.stringify(values).length + (current.kind === "idle" ? 0 : 1) + Object.keys(errors).join();
  return (
    <>
      {current.kind === "invalid" && (
        <div className="problem" role="alert">
          <h2>{t.errorsTitle}</h2>
          <ul>
            {Object.entries(errors).map(([k, v]) => (
              <li key={k}>
                <a href={`#${k === "(form)" ? "name" : k}`}>
                  {labels[k] ?? k}: {v}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {current.kind === "error" && (
        <p className="problem" role="alert">
          {current.message}
        </p>
      )}
      {state.kind === "conflict" && p.id && p.reapply && (
        <ConflictPanel
          type="facility"
          id={p.id}
          locale={p.locale}
          t={t}
          labels={labels}
          currentVersion={state.currentVersion}
          theirs={state.theirs}
          mine={state.mine}
          reloadHref={`/beheer/locaties/${p.id}`}
          reapply={p.reapply}
        />
      )}
      <form action={formAction} className="form" key={formKey} noValidate>
        {p.id && <input type="hidden" name="id" value={p.id} />}
        {p.organization && <input type="hidden" name="organization" value={p.organization} />}
        {p.version !== undefined && <input type="hidden" name="version" value={p.version} />}
        <input type="hidden" name="locale" value={p.locale} />
        {field("name", { required: true })}
        {select("type", FACILITY_TYPES, p.typeNames)}
        <div className="field">
          <label htmlFor="description">{labels.description}</label>
          <textarea
            id="description"
            name="description"
            defaultValue={values.description ?? ""}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errors.description ? "description-error" : undefined}
          />
          {errors.description && (
            <p className="error" id="description-error">
              {errors.description}
            </p>
          )}
        </div>
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
          labels={{
            hours: t.hours,
            hoursHint: t.hoursHint,
            hoursRaw: t.hoursRaw,
            hoursRawHint: t.hoursRawHint,
            hoursPreview: t.hoursPreview,
            holidaysClosed: t.holidaysClosed,
            from: t.from,
            to: t.to,
            cannotShow: t.cannotShow,
            exceptions: t.exceptions,
            exceptionsHint: t.exceptionsHint,
            addException: t.addException,
            removeException: t.removeException,
            date: t.date,
            closedAllDay: t.closedAllDay,
          }}
        />
        <div className="row">
          {select("wheelchair", WHEELCHAIR, p.wheelchairNames)}
          {select("status", FACILITY_STATUS, p.statusNames)}
        </div>
        {p.verifyBox && (
          <div className="field">
            {/* On by default: this form shows every field, so a save after reading it is a check (kept as sent on a re-show). */}
            <label>
              <input
                type="checkbox"
                name="verified"
                value="ja"
                defaultChecked={values.verified !== "nee"}
                aria-describedby="verified-hint"
              />{" "}
              {t.allCorrect}
            </label>
            <p className="hint" id="verified-hint">
              {t.allCorrectHint}
            </p>
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {p.submitLabel}
        </button>
      </form>
    </>
  );
}
