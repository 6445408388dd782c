"use client";

import { useActionState, useState, useSyncExternalStore } from "react";

import { facilityQuery, isFiltering, matchesHaystack } from "@/lib/facility-match";
import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fieldLabels } from "@/lib/i18n/field-labels";

import { ConflictPanel } from "./conflict-panel";

// The service form: every field of a service, its kinds of help and audiences, and the facilities where it is
// offered (tick several to put it at many locations in one step). Errors next to the fields; conflict screen.

type Option = { value: string; label: string };
/** A location in the picker: `search` is its folded name and address (facilityHaystack), `type` its kind. */
export type FacilityOption = Option & { search: string; type: string };
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  reapply: (prev: FormState, form: FormData) => Promise<FormState>;
  id: string;
  version: number;
  locale: "nl" | "en";
  t: BeheerMessages;
  values: Record<string, string>;
  options: {
    languages: Option[];
    cost: Option[];
    access: Option[];
    categories: Option[];
    audiences: Option[];
    facilities: FacilityOption[];
    otherFacilities: FacilityOption[];
    types: Option[];
  };
};

const noop = () => () => {};

export function ServiceForm(p: Props) {
  const [state, formAction, busy] = useActionState(p.action, { kind: "idle" });
  // After hydration the picker filters as one types; before (or without JavaScript) its button asks the server.
  const js = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [live, setLive] = useState<{ text: string; type: string } | null>(null);
  const t = p.t;
  const values = state.kind === "idle" ? p.values : { ...p.values, ...state.values };
  const errors = state.kind === "invalid" ? state.errors : {};
  const labels = fieldLabels(t);
  const err = (name: string) =>
    errors[name] && (
      <p className="error" id={`${name}-error`}>
        {errors[name]}
      </p>
    );
  const aria = (name: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${name}-error` : undefined,
  });
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
          {options.map((o) => (
            <label key={o.value}>
              <input type={type} name={name} value={o.value} defaultChecked={chosen.has(o.value)} /> {o.label}
            </label>
          ))}
        </div>
        {err(name)}
      </fieldset>
    );
  };
  const formKey = JSON.stringify(values).length + state.kind + Object.keys(errors).join();
  const all = [...p.options.facilities, ...p.options.otherFacilities];
  const filter = live ?? { text: values.plek_zoek ?? "", type: values.plek_soort ?? "" };
  const q = facilityQuery(filter.text, filter.type);
  const shown = new Set(all.filter((f) => matchesHaystack(q, f.search, f.type)).map((f) => f.value));
  const chosen = new Set((values.facility_ids ?? "").split(",").filter(Boolean));
  const onFilter = (e: React.FormEvent<HTMLElement>) => {
    const box = e.currentTarget.closest("fieldset");
    const read = (n: string) => box?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`)?.value ?? "";
    setLive({ text: read("plek_zoek"), type: read("plek_soort") });
  };
  // Which locations? Every option stays in the form: the ones the filter leaves out are only hidden, so what is
  // ticked is always sent (with and without JavaScript), and a search never loses a tick.
  const picker = (
    <fieldset className="field" id="facility_ids" {...aria("facility_ids")}>
      <legend>{labels.facility_ids}</legend>
      <p className="hint">{t.facilitiesHint}</p>
      <div className="row" onInput={onFilter}>
        <div className="field">
          <label htmlFor="plek_zoek">{t.filterText}</label>
          <input
            id="plek_zoek"
            name="plek_zoek"
            type="search"
            defaultValue={filter.text}
            maxLength={100}
            autoComplete="off"
            aria-describedby="plek-hint"
            onKeyDown={(e) => {
              if (e.key === "Enter") e.preventDefault();
            }}
          />
          <p className="hint" id="plek-hint">
            {t.filterTextHint} {t.filterKeeps}
          </p>
        </div>
        <div className="field">
          <label htmlFor="plek_soort">{t.filterType}</label>
          <select id="plek_soort" name="plek_soort" defaultValue={filter.type} onChange={onFilter}>
            <option value="">{t.filterAnyType}</option>
            {p.options.types.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* Without JavaScript this is the form's first button, so Enter in a field filters (saves nothing) rather than saves. */}
      {!js && (
        <p>
          <button type="submit" name="intent" value="filter" className="secondary">
            {t.filterButton}
          </button>
        </p>
      )}
      {isFiltering(q) && (
        <p role="status">
          {shown.size
            ? t.filterFound.replace("{n}", String(shown.size)).replace("{total}", String(all.length))
            : t.filterNone}
        </p>
      )}
      <div className="choices">
        {all.map((o) => (
          <label key={o.value} hidden={!shown.has(o.value)}>
            <input type="checkbox" name="facility_ids" value={o.value} defaultChecked={chosen.has(o.value)} /> {o.label}
          </label>
        ))}
      </div>
      {err("facility_ids")}
    </fieldset>
  );
  return (
    <>
      {state.kind === "invalid" && (
        <div className="problem" role="alert">
          <h2>{t.errorsTitle}</h2>
          <ul>
            {Object.entries(errors).map(([k, v]) => (
              <li key={k}>
                <a href={`#${k}`}>
                  {labels[k] ?? k}: {v}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === "error" && (
        <p className="problem" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === "filter" && (
        <p className="notice" role="status">
          {t.filterNotSaved}
        </p>
      )}
      {state.kind === "conflict" && (
        <ConflictPanel
          type="service"
          id={p.id}
          locale={p.locale}
          t={t}
          labels={labels}
          currentVersion={state.currentVersion}
          theirs={state.theirs}
          mine={state.mine}
          reloadHref={`/beheer/diensten/${p.id}`}
          reapply={p.reapply}
        />
      )}
      <form action={formAction} className="form" key={formKey} noValidate>
        <input type="hidden" name="id" value={p.id} />
        <input type="hidden" name="version" value={p.version} />
        <input type="hidden" name="locale" value={p.locale} />
        {text("name")}
        <div className="field">
          <label htmlFor="description">{labels.description}</label>
          <textarea
            id="description"
            name="description"
            defaultValue={values.description ?? ""}
            {...aria("description")}
          />
          {err("description")}
        </div>
        {boxes("categories", p.options.categories)}
        {boxes("audiences", p.options.audiences)}
        {boxes("access", p.options.access)}
        {boxes("cost", p.options.cost, "radio")}
        {text("cost_text")}
        {text("eligibility")}
        {boxes("languages", p.options.languages)}
        <div className="row">
          {text("phone", "tel")}
          {text("email", "email")}
        </div>
        {text("website", "url")}
        {picker}
        <details>
          <summary>{t.overridesTitle}</summary>
          <p className="hint">{t.overridesHint}</p>
          {errors.location_overrides && (
            <p className="error" id="location_overrides-error">
              {errors.location_overrides}
            </p>
          )}
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t.facility}</th>
                  <th scope="col">{t.overrideNote}</th>
                  <th scope="col">{t.overrideHours}</th>
                </tr>
              </thead>
              <tbody>
                {all.map((f) => (
                  <tr key={f.value} hidden={!shown.has(f.value)}>
                    <th scope="row">{f.label}</th>
                    <td>
                      <input
                        name={`note:${f.value}`}
                        aria-label={`${t.overrideNote}: ${f.label}`}
                        defaultValue={values[`note:${f.value}`] ?? ""}
                        maxLength={300}
                      />
                    </td>
                    <td>
                      <input
                        name={`hours:${f.value}`}
                        aria-label={`${t.overrideHours}: ${f.label}`}
                        defaultValue={values[`hours:${f.value}`] ?? ""}
                        maxLength={500}
                        placeholder="Tu 09:00-12:00"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <button type="submit" className="primary" disabled={busy}>
          {t.save}
        </button>
      </form>
    </>
  );
}
