"use client";

import { useActionState } from "react";

import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fieldLabels } from "@/lib/i18n/field-labels";

import { ConflictPanel } from "./conflict-panel";

// The organisation's own details. (Its service area has a form of its own on the same page.)
export function OrganizationForm(p: {
  action: (prev: FormState, f: FormData) => Promise<FormState>;
  reapply: (prev: FormState, f: FormData) => Promise<FormState>;
  id: string;
  version: number;
  locale: "nl" | "en";
  t: BeheerMessages;
  values: Record<string, string>;
}) {
  const [state, formAction, busy] = useActionState(p.action, { kind: "idle" });
  const t = p.t;
  const values = state.kind === "idle" ? p.values : { ...p.values, ...state.values };
  const errors = state.kind === "invalid" ? state.errors : {};
  const labels = fieldLabels(t);
  const field = (name: string, type = "text") => (
    <div className="field">
      <label htmlFor={`org-${name}`}>{labels[name]}</label>
      {name === "description" ? (
        <textarea
          id={`org-${name}`}
          name={name}
          defaultValue={values[name] ?? ""}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `org-${name}-error` : undefined}
        />
      ) : (
        <input
          id={`org-${name}`}
          name={name}
          type={type}
          defaultValue={values[name] ?? ""}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `org-${name}-error` : undefined}
        />
      )}
      {errors[name] && (
        <p className="error" id={`org-${name}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <>
      {state.kind === "error" && (
        <p className="problem" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === "conflict" && (
        <ConflictPanel
          type="organization"
          id={p.id}
          locale={p.locale}
          t={t}
          labels={labels}
          currentVersion={state.currentVersion}
          theirs={state.theirs}
          mine={state.mine}
          reloadHref={`/beheer/organisaties/${p.id}`}
          reapply={p.reapply}
        />
      )}
      <form
        action={formAction}
        className="form"
        key={JSON.stringify(values).length + Object.keys(errors).join()}
        noValidate
      >
        <input type="hidden" name="id" value={p.id} />
        <input type="hidden" name="version" value={p.version} />
        <input type="hidden" name="locale" value={p.locale} />
        {field("name")}
        {field("description")}
        <div className="row">
          {field("phone", "tel")}
          {field("email", "email")}
        </div>
        <div className="row">
          {field("website", "url")}
          {field("kvk_number")}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t.save}
        </button>
      </form>
    </>
  );
}
