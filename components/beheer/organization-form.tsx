"use client";

import { fieldLabels } from "@/lib/i18n/field-labels";
import { localePath } from "@/lib/i18n/locales";

import { FormAnswer } from "./form-answer";
import { InputField, TextAreaField } from "./form-fields";
import { useEditForm, type EditFormProps } from "./use-edit-form";

// The organisation's own details. (Its service area has a form of its own on the same page.)
export function OrganizationForm(p: EditFormProps) {
  const { state, formAction, busy, values, errors } = useEditForm(p.action, p.values);
  const t = p.t;
  const labels = fieldLabels(t);
  // Ids start with org-: the page has other forms with fields of the same names.
  const field = (name: string, type = "text") =>
    name === "description" ? (
      <TextAreaField
        id={`org-${name}`}
        name={name}
        label={labels[name]}
        defaultValue={values[name] ?? ""}
        error={errors[name]}
      />
    ) : (
      <InputField
        id={`org-${name}`}
        name={name}
        label={labels[name]}
        type={type}
        defaultValue={values[name] ?? ""}
        error={errors[name]}
      />
    );
  return (
    <>
      <FormAnswer
        state={state}
        t={t}
        labels={labels}
        locale={p.locale}
        conflict={{
          type: "organization",
          id: p.id,
          reloadHref: localePath(p.locale, `/beheer/organisaties/${p.id}`),
          reapply: p.reapply,
        }}
      />
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
