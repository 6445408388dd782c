"use client";

import { useActionState } from "react";
import type { FormState } from "@/app/(beheer)/beheer/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { ConflictPanel } from "./conflict-panel";
import { fieldLabels } from "@/lib/i18n/field-labels";

// The service form: every field of a service, its kinds of help and audiences, and the facilities where it is
// offered (tick several to put it at many locations in one step). Errors next to the fields; conflict screen.

type Option = { value: string; label: string };
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  reapply: (prev: FormState, form: FormData) => Promise<FormState>;
  id: string; version: number; locale: "nl" | "en"; t: BeheerMessages;
  values: Record<string, string>;
  options: { languages: Option[]; cost: Option[]; access: Option[]; categories: Option[]; audiences: Option[]; facilities: Option[]; otherFacilities: Option[] };
};

export function ServiceForm(p: Props) {
  const [state, formAction, busy] = useActionState(p.action, { kind: "idle" });
  const t = p.t;
  const values = state.kind === "idle" ? p.values : { ...p.values, ...state.values };
  const errors = state.kind === "invalid" ? state.errors : {};
  const labels = fieldLabels(t);
  const err = (name: string) => errors[name] && <p className="error" id={`${name}-error`}>{errors[name]}</p>;
  const aria = (name: string) => ({ "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `${name}-error` : undefined });
  const text = (name: string, type = "text") => (
    <div className="field">
      <label htmlFor={name}>{labels[name]}</label>
      <input id={name} name={name} type={type} defaultValue={values[name] ?? ""} {...aria(name)} />
      {err(name)}
    </div>
  );
  const boxes = (name: string, options: Option[], type: "checkbox" | "radio" = "checkbox", hint?: string) => {
    const chosen = new Set((values[name] ?? "").split(",").filter(Boolean));
    return (
      <fieldset className="field" id={name} {...aria(name)}>
        <legend>{labels[name]}</legend>
        {hint && <p className="hint">{hint}</p>}
        <div className="choices">
          {options.map((o) => <label key={o.value}><input type={type} name={name} value={o.value} defaultChecked={chosen.has(o.value)} /> {o.label}</label>)}
        </div>
        {err(name)}
      </fieldset>
    );
  };
  const formKey = JSON.stringify(values).length + Object.keys(errors).join();
  return (
    <>
      {state.kind === "invalid" && (
        <div className="problem" role="alert">
          <h2>{t.errorsTitle}</h2>
          <ul>{Object.entries(errors).map(([k, v]) => <li key={k}><a href={`#${k}`}>{labels[k] ?? k}: {v}</a></li>)}</ul>
        </div>
      )}
      {state.kind === "error" && <p className="problem" role="alert">{state.message}</p>}
      {state.kind === "conflict" && (
        <ConflictPanel type="service" id={p.id} locale={p.locale} t={t} labels={labels} currentVersion={state.currentVersion} theirs={state.theirs} mine={state.mine}
          reloadHref={`/beheer/diensten/${p.id}`} reapply={p.reapply} />
      )}
      <form action={formAction} className="form" key={formKey} noValidate>
        <input type="hidden" name="id" value={p.id} />
        <input type="hidden" name="version" value={p.version} />
        <input type="hidden" name="locale" value={p.locale} />
        {text("name")}
        <div className="field">
          <label htmlFor="description">{labels.description}</label>
          <textarea id="description" name="description" defaultValue={values.description ?? ""} {...aria("description")} />
          {err("description")}
        </div>
        {boxes("categories", p.options.categories)}
        {boxes("audiences", p.options.audiences)}
        {boxes("access", p.options.access)}
        {boxes("cost", p.options.cost, "radio")}
        {text("cost_text")}
        {text("eligibility")}
        {boxes("languages", p.options.languages)}
        <div className="row">{text("phone", "tel")}{text("email", "email")}</div>
        {text("website", "url")}
        {boxes("facility_ids", [...p.options.facilities, ...p.options.otherFacilities], "checkbox", t.facilitiesHint)}
        <details>
          <summary>{t.overridesTitle}</summary>
          <p className="hint">{t.overridesHint}</p>
          {errors.location_overrides && <p className="error" id="location_overrides-error">{errors.location_overrides}</p>}
          <div className="table-wrap"><table className="data">
            <thead><tr><th scope="col">{t.facility}</th><th scope="col">{t.overrideNote}</th><th scope="col">{t.overrideHours}</th></tr></thead>
            <tbody>{[...p.options.facilities, ...p.options.otherFacilities].map((f) => (
              <tr key={f.value}>
                <th scope="row">{f.label}</th>
                <td><input name={`note:${f.value}`} aria-label={`${t.overrideNote}: ${f.label}`} defaultValue={values[`note:${f.value}`] ?? ""} maxLength={300} /></td>
                <td><input name={`hours:${f.value}`} aria-label={`${t.overrideHours}: ${f.label}`} defaultValue={values[`hours:${f.value}`] ?? ""} maxLength={500} placeholder="Tu 09:00-12:00" /></td>
              </tr>
            ))}</tbody>
          </table></div>
        </details>
        <button type="submit" className="primary" disabled={busy}>{t.save}</button>
      </form>
    </>
  );
}
