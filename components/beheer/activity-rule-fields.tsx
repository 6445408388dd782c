import type { BeheerMessages } from "@/lib/i18n/beheer";

import { FieldError, InputField, SelectField } from "./form-fields";
import { ServiceChoices } from "./service-choices";

// "Hoe vaak?" of the activity form: every week / every other week (weekday boxes), every n-th weekday of the month
// (1e/2e/3e/4e/laatste and a weekday), or once (a date); and, for a rule the API stored that these choices cannot show,
// "as it is now" with its sentence. Without JavaScript every choice's fields are on the page and the radio says
// which count; once JavaScript runs (`enhanced`), only the chosen one's fields are shown.

type Option = { value: string; label: string };

export function ActivityRuleFields(p: {
  t: BeheerMessages["activities"];
  values: Record<string, string>;
  errors: Record<string, string>;
  often: string;
  enhanced: boolean;
  weekdays: Option[];
  /** the stored rule in words when the choices cannot show it, else null */
  asIs: string | null;
}) {
  const { t, values, errors } = p;
  const nths: Option[] = [
    { value: "1", label: t.nth1 },
    { value: "2", label: t.nth2 },
    { value: "3", label: t.nth3 },
    { value: "4", label: t.nth4 },
    { value: "-1", label: t.nthLast },
  ];
  const choices: Option[] = [
    { value: "week", label: t.oftenWeek },
    { value: "om-de-week", label: t.oftenTwoWeeks },
    { value: "maand", label: t.oftenMonth },
    { value: "eenmalig", label: t.oftenOnce },
    ...(p.asIs ? [{ value: "zoals-nu", label: p.asIs }] : []),
  ];
  const shown = (...which: string[]) => !p.enhanced || which.includes(p.often);
  return (
    <fieldset className="field" id="often" aria-describedby={errors.often ? "often-error" : undefined}>
      <legend>{t.often}</legend>
      <div className="choices">
        {choices.map((c) => (
          <label key={c.value}>
            <input type="radio" name="often" value={c.value} defaultChecked={values.often === c.value} /> {c.label}
          </label>
        ))}
      </div>
      <FieldError id="often" error={errors.often} />
      <input type="hidden" name="rrule" value={values.rrule ?? ""} />
      <div hidden={!shown("week", "om-de-week")}>
        <ServiceChoices name="days" label={t.days} value={values.days} error={errors.days} options={p.weekdays} />
        <p className="hint">{t.daysHint}</p>
      </div>
      <div hidden={!shown("maand")}>
        <ServiceChoices name="nths" label={t.nths} value={values.nths} error={errors.nths} options={nths} />
        <p className="hint">{t.nthsHint}</p>
        <SelectField name="month_day" label={t.monthDay} defaultValue={values.month_day ?? ""} error={errors.month_day}>
          <option value="">{t.chooseDay}</option>
          {p.weekdays.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div hidden={!shown("eenmalig")}>
        <InputField
          name="once_date"
          label={t.onceDate}
          type="date"
          defaultValue={values.once_date ?? ""}
          error={errors.once_date}
        />
      </div>
    </fieldset>
  );
}
