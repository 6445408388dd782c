import type { RuleWords } from "@/lib/activities/rule-text";
import { ruleKey, sentenceOf, type ActivityFormState } from "@/lib/forms/activity-form";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import type { FieldMakers, Option } from "./activity-form-parts";
import { ActivityPreview } from "./activity-preview";
import { ActivityRuleFields } from "./activity-rule-fields";

// The activity form's three parts: what it is, when (with the preview), and for whom and on what terms.

export type ActivityFormOptions = Record<
  "kinds" | "audiences" | "languages" | "cost" | "wheelchair" | "weekdays",
  Option[]
>;
type Words = BeheerMessages["activities"];

export function WhatFields({ make, t, kinds }: { make: FieldMakers; t: Words; kinds: Option[] }) {
  return (
    <>
      {make.field("name", { hint: t.nameHint, required: true })}
      {make.field("summary")}
      {make.select("kind", t.chooseKind, kinds)}
    </>
  );
}

export function WhenFields(p: {
  make: FieldMakers;
  t: Words;
  locale: "nl" | "en";
  state: ActivityFormState;
  /** the values shown, and as the reader changed them since (JavaScript) */
  values: Record<string, string>;
  now: Record<string, string>;
  errors: Record<string, string>;
  enhanced: boolean;
  weekdays: Option[];
  ruleWords: RuleWords;
  asIs: string | null;
}) {
  const { make, t, state, now } = p;
  return (
    <>
      <ActivityRuleFields
        t={t}
        values={p.values}
        errors={p.errors}
        often={now.often ?? ""}
        enhanced={p.enhanced}
        weekdays={p.weekdays}
        asIs={p.asIs}
      />
      <div className="row">
        {make.field("start_time", { type: "time", required: true })}
        {make.field("end_time", { type: "time", required: true })}
      </div>
      {/* A one-off has its date above; `hidden` on a wrapper, as .row's display: flex would win over it. */}
      <div hidden={p.enhanced && now.often === "eenmalig"}>
        <div className="row">
          {make.field("valid_from", { type: "date" })}
          {make.field("valid_until", { type: "date", hint: t.validUntilHint })}
        </div>
      </div>
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="skip_holidays"
            value="ja"
            defaultChecked={p.values.skip_holidays === "ja"}
            aria-describedby="skip_holidays-hint"
          />{" "}
          {t.skipHolidays}
        </label>
        <p className="hint" id="skip_holidays-hint">
          {t.skipHolidaysHint}
        </p>
      </div>
      <ActivityPreview
        t={t}
        locale={p.locale}
        sentence={sentenceOf(now, p.ruleWords, p.locale)}
        dates={state.kind === "preview" ? state.dates : null}
        fresh={state.kind === "preview" && ruleKey(now) === ruleKey(state.values)}
      />
    </>
  );
}

export function WhoFields({ make, t, options }: { make: FieldMakers; t: Words; options: ActivityFormOptions }) {
  const registration = [
    { value: "none", label: t.registrationNone },
    { value: "required", label: t.registrationRequired },
  ];
  return (
    <>
      {make.field("organiser_name", { hint: t.organiserHint })}
      {make.boxes("audiences", options.audiences)}
      <p className="hint">{t.audiencesHint}</p>
      {make.boxes("languages", options.languages)}
      {make.boxes("cost", options.cost, "radio")}
      {make.field("cost_text", { hint: t.costTextHint })}
      {make.boxes("registration", registration, "radio")}
      {make.field("registration_text")}
      {make.select("wheelchair", t.wheelchairSame, options.wheelchair)}
      <p className="hint">{t.wheelchairHint}</p>
    </>
  );
}
