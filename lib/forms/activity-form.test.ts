import { describe, expect, it } from "vitest";

import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import { canonicalActivity } from "../schemas/activity";
import { activityInput, activityValues, formErrorKeys, ruleKey, ruleOfValues, sentenceOf } from "./activity-form";

// The activity form's everyday choices and the RRULE they stand for, both ways: what a person ticks becomes the rule
// the API stores, and a stored rule opens as the same choices (or "as it is now" when they cannot show it).

const rrule = (v: Record<string, string>) => {
  const made = ruleOfValues({ valid_from: "2026-12-01", ...v });
  return "rule" in made ? made.rule.rrule : made.problems;
};

describe("Hoe vaak?", () => {
  it("turns each choice into its RRULE", () => {
    expect(rrule({ often: "week", days: "MO,TH" })).toBe("FREQ=WEEKLY;BYDAY=MO,TH");
    expect(rrule({ often: "om-de-week", days: "SA" })).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA");
    expect(rrule({ often: "maand", nths: "1,3", month_day: "TU" })).toBe("FREQ=MONTHLY;BYDAY=1TU,3TU");
    expect(rrule({ often: "maand", nths: "-1,2", month_day: "FR" })).toBe("FREQ=MONTHLY;BYDAY=2FR,-1FR");
    expect(rrule({ often: "eenmalig", once_date: "2026-12-19" })).toBeNull();
    expect(rrule({ often: "zoals-nu", rrule: "FREQ=WEEKLY;INTERVAL=3;BYDAY=SA" })).toBe(
      "FREQ=WEEKLY;INTERVAL=3;BYDAY=SA",
    );
  });

  it("names the choice that is missing", () => {
    expect(rrule({})).toEqual({ often: "errOften" });
    expect(rrule({ often: "week" })).toEqual({ days: "errDays" });
    expect(rrule({ often: "maand", month_day: "XX" })).toEqual({ nths: "errNths", month_day: "errMonthDay" });
    expect(rrule({ often: "eenmalig" })).toEqual({ once_date: "errOnceDate" });
  });

  it("a one-off's date is its first date, and its errors are the date field's", () => {
    const made = ruleOfValues({ often: "eenmalig", once_date: "2026-12-19", valid_from: "2026-01-01" });
    expect(made).toEqual({ rule: { rrule: null, validFrom: "2026-12-19", validUntil: null } });
    expect(formErrorKeys({ valid_from: "x", rrule: "y", name: "z" }, "eenmalig")).toEqual({
      once_date: "x",
      often: "y",
      name: "z",
    });
    expect(formErrorKeys({ valid_from: "x" }, "week")).toEqual({ valid_from: "x" });
  });
});

describe("a stored activity", () => {
  const stored = (rule: string | null) =>
    canonicalActivity({
      id: "5f0c5b8e-7a35-4d37-9a2b-0d7a1b2c3d4e",
      name: "Repair café",
      summary: "",
      kind: "repair-cafe",
      organiser_id: null,
      organiser_name: null,
      audiences: [],
      languages: ["nl"],
      cost: "free",
      cost_text: null,
      registration: "none",
      registration_text: null,
      wheelchair: null,
      rrule: rule,
      start_time: "13:00",
      end_time: "17:00",
      valid_from: "2026-12-01",
      valid_until: null,
      skip_holidays: false,
      exceptions: [],
    });

  it("opens as the choices that make the same rule again", () => {
    for (const rule of [
      "FREQ=WEEKLY;BYDAY=TU,TH",
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
      "FREQ=MONTHLY;BYDAY=1TU,-1TU",
      null,
    ]) {
      const v = activityValues(stored(rule));
      expect(v.often).not.toBe("zoals-nu");
      const made = ruleOfValues(v);
      expect("rule" in made ? made.rule.rrule : made.problems).toBe(rule);
      expect(
        activityInput(v, "rule" in made ? made.rule : { rrule: null, validFrom: "", validUntil: null }),
      ).toMatchObject({ name: "Repair café", start_time: "13:00", valid_from: "2026-12-01" });
    }
  });

  it("keeps a rule the choices cannot show as it is", () => {
    for (const rule of [
      "FREQ=WEEKLY;INTERVAL=3;BYDAY=SA",
      "FREQ=MONTHLY;BYDAY=1TU,3WE",
      "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TH",
    ]) {
      const v = activityValues(stored(rule));
      expect([v.often, rrule(v)]).toEqual(["zoals-nu", rule]);
    }
  });
});

describe("the sentence", () => {
  const repair = { often: "maand", nths: "1,3", month_day: "TU", valid_from: "2026-12-01" };

  it("reads as the facility page will say it, with the times once both are there", () => {
    expect(sentenceOf({ ...repair, start_time: "13:00", end_time: "17:00" }, nl.activities.rule, "nl")).toBe(
      "elke eerste en derde dinsdag van de maand, 13:00–17:00",
    );
    expect(sentenceOf({ ...repair, start_time: "13:00" }, nl.activities.rule, "nl")).toBe(
      "elke eerste en derde dinsdag van de maand",
    );
    expect(sentenceOf({ ...repair, start_time: "13:00", end_time: "17:00" }, en.activities.rule, "en")).toBe(
      "every first and third Tuesday of the month, 13:00–17:00",
    );
    expect(sentenceOf({ often: "week", valid_from: "2026-12-01" }, nl.activities.rule, "nl")).toBeNull();
  });

  it("a preview is out of date once a field of the rule changes, not when the name does", () => {
    expect(ruleKey({ ...repair, name: "a" })).toBe(ruleKey({ ...repair, name: "b" }));
    expect(ruleKey(repair)).not.toBe(ruleKey({ ...repair, nths: "1" }));
  });
});
