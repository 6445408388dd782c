"use client";

import { fieldLabels } from "@/lib/i18n/field-labels";
import { localePath } from "@/lib/i18n/locales";

import { FormAnswer } from "./form-answer";
import { InputField, TextAreaField } from "./form-fields";
import { ServiceChoices } from "./service-choices";
import { ServiceFacilityPicker, useFacilityFilter, type FacilityOption } from "./service-facility-picker";
import { ServiceOverrides } from "./service-overrides";
import { useEditForm, type EditFormProps } from "./use-edit-form";

// The service form: every field of a service, its kinds of help and audiences, and the facilities where it is
// offered (tick several to put it at many locations in one step). Errors next to the fields; conflict screen.

type Option = { value: string; label: string };
export type { FacilityOption };
type Props = EditFormProps & {
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

export function ServiceForm(p: Props) {
  const { state, formAction, busy, values, errors } = useEditForm(p.action, p.values);
  const t = p.t;
  const labels = fieldLabels(t);
  const all = [...p.options.facilities, ...p.options.otherFacilities];
  const filter = useFacilityFilter(values, all);
  const text = (name: string, type = "text") => (
    <InputField name={name} label={labels[name]} type={type} defaultValue={values[name] ?? ""} error={errors[name]} />
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
  const formKey = JSON.stringify(values).length + state.kind + Object.keys(errors).join();
  return (
    <>
      <FormAnswer
        state={state}
        t={t}
        labels={labels}
        locale={p.locale}
        summary
        filterNotice={t.filterNotSaved}
        conflict={{
          type: "service",
          id: p.id,
          reloadHref: localePath(p.locale, `/beheer/diensten/${p.id}`),
          reapply: p.reapply,
        }}
      />
      <form action={formAction} className="form" key={formKey} noValidate>
        <input type="hidden" name="id" value={p.id} />
        <input type="hidden" name="version" value={p.version} />
        <input type="hidden" name="locale" value={p.locale} />
        {text("name")}
        <TextAreaField
          name="description"
          label={labels.description}
          defaultValue={values.description ?? ""}
          error={errors.description}
        />
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
        <ServiceFacilityPicker
          t={t}
          locale={p.locale}
          label={labels.facility_ids}
          error={errors.facility_ids}
          all={all}
          types={p.options.types}
          chosen={new Set((values.facility_ids ?? "").split(",").filter(Boolean))}
          filter={filter}
        />
        <ServiceOverrides t={t} all={all} shown={filter.shown} values={values} error={errors.location_overrides} />
        <button type="submit" className="primary" disabled={busy}>
          {t.save}
        </button>
      </form>
    </>
  );
}
