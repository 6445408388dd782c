import type { BeheerMessages } from "@/lib/i18n/beheer";

import { InputField, SelectField } from "./form-fields";
import type { HoursLabels } from "./hours-draft";

type FieldOptions = { type?: string; required?: boolean; autoComplete?: string; inputMode?: "decimal" | "tel" };

/** The facility form's text inputs and selects, each with its label, its value as sent and its error. */
export function fieldBuilders(
  values: Record<string, string>,
  errors: Record<string, string>,
  labels: Record<string, string>,
) {
  const field = (name: string, opts: FieldOptions = {}) => (
    <InputField
      name={name}
      label={labels[name]}
      type={opts.type ?? "text"}
      defaultValue={values[name] ?? ""}
      required={opts.required}
      autoComplete={opts.autoComplete ?? "off"}
      inputMode={opts.inputMode}
      error={errors[name]}
    />
  );
  const select = (name: string, options: readonly string[], names: Record<string, string>) => (
    <SelectField name={name} label={labels[name]} defaultValue={values[name] ?? ""} error={errors[name]}>
      {options.map((o) => (
        <option key={o} value={o}>
          {names[o] ?? o}
        </option>
      ))}
    </SelectField>
  );
  return { field, select };
}

/** The week schedule's words, from the member area's messages. */
export const hoursLabels = (t: BeheerMessages): HoursLabels => ({
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
});

// The "alles op deze pagina klopt" box: only where the form shows every field (a full edit, not a proposal).
export function VerifyBox({ t, value }: { t: BeheerMessages; value: string | undefined }) {
  return (
    <div className="field">
      {/* On by default: this form shows every field, so a save after reading it is a check (kept as sent on a re-show). */}
      <label>
        <input
          type="checkbox"
          name="verified"
          value="ja"
          defaultChecked={value !== "nee"}
          aria-describedby="verified-hint"
        />{" "}
        {t.allCorrect}
      </label>
      <p className="hint" id="verified-hint">
        {t.allCorrectHint}
      </p>
    </div>
  );
}
