import {
  formatRRule,
  NTHS,
  parseRRule,
  RuleError,
  WEEKDAYS,
  type Nth,
  type Rule,
  type Weekday,
} from "../activities/rule";
import { describeRule, type RuleWords } from "../activities/rule-text";
import type { Locale } from "../i18n/locales";
import type { TActivityItem } from "../schemas/activity";
import type { FormState } from "./form-state";

// The /beheer activity form's "Hoe vaak?" in everyday choices — every week / every other week on some weekdays, the
// 1st/2nd/3rd/4th/last weekday of the month, once on a date — and the RRULE they stand for (formatRRule). A rule the
// API stored that the choices cannot show (every 3 weeks, "1TU,3WE") is offered as it is ("zoals-nu"), so opening and
// saving the form never changes it. Pure: the server action reads the form with it, the browser shows the sentence.
// Values are the form's strings: lists comma-separated ("TU,TH", "1,3").

/** One date of a preview: the calendar date where the facility is, its times, and whether it is off (and why). */
export type PreviewDate = { date: string; start: string; end: string; cancelled: boolean; reason: string | null };

/** The activity form's answer: a form state, or the preview of what was sent (nothing saved). */
export type ActivityFormState = FormState | { kind: "preview"; values: Record<string, string>; dates: PreviewDate[] };

/** The "Hoe vaak?" fields, each with the error code of a missing choice. `often` is one of week, om-de-week, maand,
 *  eenmalig, or zoals-nu (the stored rule, kept as it is). */
export type RuleProblems = Partial<Record<"often" | "days" | "nths" | "month_day" | "once_date", RuleProblem>>;
export type RuleProblem = "errOften" | "errDays" | "errNths" | "errMonthDay" | "errOnceDate";

/** The form fields that make the rule (a change of any of them makes a shown preview out of date). */
export const RULE_FIELDS = [
  "often",
  "days",
  "nths",
  "month_day",
  "once_date",
  "rrule",
  "start_time",
  "end_time",
  "valid_from",
  "valid_until",
  "skip_holidays",
] as const;

const list = (v: string | undefined) => (v ?? "").split(",").filter(Boolean);
const isWeekday = (d: string): d is Weekday => (WEEKDAYS as readonly string[]).includes(d);
const isNth = (n: number): n is Nth => (NTHS as readonly number[]).includes(n);

/** The choices that show `rule`, or null when they cannot (the form then keeps it as it is). */
export function choicesOf(rule: Rule, validFrom: string): Record<string, string> | null {
  switch (rule.freq) {
    case "once":
      return { often: "eenmalig", once_date: validFrom };
    case "weekly":
      return rule.step <= 2 ? { often: rule.step === 1 ? "week" : "om-de-week", days: rule.days.join(",") } : null;
    case "monthly": {
      const day = rule.days[0]?.day;
      // One weekday, no "fifth": what the form's checkboxes and single weekday can say.
      if (rule.step !== 1 || !day || rule.days.some((d) => d.day !== day || d.nth === 5)) return null;
      return { often: "maand", nths: rule.days.map((d) => d.nth).join(","), month_day: day };
    }
  }
}

/** The form's values of a stored activity. */
export function activityValues(a: TActivityItem): Record<string, string> {
  let choices: Record<string, string> | null = null;
  try {
    choices = choicesOf(parseRRule(a.rrule, a.valid_from), a.valid_from);
  } catch (e) {
    if (!(e instanceof RuleError)) throw e;
  }
  return {
    ...(a.id ? { id: a.id } : {}),
    name: a.name,
    summary: a.summary,
    kind: a.kind,
    organiser_name: a.organiser_name ?? "",
    audiences: a.audiences.join(","),
    languages: a.languages.join(","),
    cost: a.cost,
    cost_text: a.cost_text ?? "",
    registration: a.registration,
    registration_text: a.registration_text ?? "",
    wheelchair: a.wheelchair ?? "",
    start_time: a.start_time,
    end_time: a.end_time,
    valid_from: a.valid_from,
    valid_until: a.valid_until ?? "",
    skip_holidays: a.skip_holidays ? "ja" : "",
    rrule: a.rrule ?? "",
    ...(choices ?? { often: "zoals-nu" }),
  };
}

export type FormRule = { rrule: string | null; validFrom: string; validUntil: string | null };

/** The rule the choices make (and its first and last date), or which choice is missing. */
export function ruleOfValues(v: Record<string, string>): { rule: FormRule } | { problems: RuleProblems } {
  const often = v.often ?? "";
  const until = v.valid_until || null;
  const days = list(v.days).filter(isWeekday);
  switch (often) {
    case "week":
    case "om-de-week": {
      if (!days.length) return { problems: { days: "errDays" } };
      const rule: Rule = { freq: "weekly", step: often === "week" ? 1 : 2, days };
      return { rule: { rrule: formatRRule(rule), validFrom: v.valid_from ?? "", validUntil: until } };
    }
    case "maand": {
      const nths = list(v.nths).map(Number).filter(isNth);
      const day = v.month_day ?? "";
      const problems: RuleProblems = {
        ...(nths.length ? {} : { nths: "errNths" as const }),
        ...(isWeekday(day) ? {} : { month_day: "errMonthDay" as const }),
      };
      if (!isWeekday(day) || !nths.length) return { problems };
      const rule: Rule = { freq: "monthly", step: 1, days: nths.map((nth) => ({ nth, day })) };
      // formatRRule writes what it is given; parseRRule puts the days in their one order (1TU before -1TU).
      const rrule = formatRRule(parseRRule(formatRRule(rule), v.valid_from || "2026-01-01"));
      return { rule: { rrule, validFrom: v.valid_from ?? "", validUntil: until } };
    }
    case "eenmalig":
      if (!v.once_date) return { problems: { once_date: "errOnceDate" } };
      return { rule: { rrule: null, validFrom: v.once_date, validUntil: null } };
    case "zoals-nu":
      return { rule: { rrule: v.rrule || null, validFrom: v.valid_from ?? "", validUntil: until } };
    default:
      return { problems: { often: "errOften" } };
  }
}

/** The activity's fields (API names) from the form's values and the rule they make; the edit layer checks them. */
export function activityInput(v: Record<string, string>, rule: FormRule): Record<string, unknown> {
  return {
    ...(v.id ? { id: v.id } : {}),
    name: v.name ?? "",
    summary: v.summary ?? "",
    kind: v.kind ?? "",
    organiser_name: v.organiser_name ?? "",
    audiences: list(v.audiences),
    languages: list(v.languages),
    cost: v.cost ?? "",
    cost_text: v.cost_text ?? "",
    registration: v.registration ?? "",
    registration_text: v.registration_text ?? "",
    wheelchair: v.wheelchair || null,
    rrule: rule.rrule,
    start_time: v.start_time ?? "",
    end_time: v.end_time ?? "",
    valid_from: rule.validFrom,
    valid_until: rule.validUntil,
    skip_holidays: v.skip_holidays === "ja",
  };
}

/** The schema's error keys as the form's fields: a one-off's date is its "Datum" field, not "Vanaf"; the rule is
 *  "Hoe vaak?". */
export function formErrorKeys(errors: Record<string, string>, often: string): Record<string, string> {
  const { rrule, valid_from, ...rest } = errors;
  return {
    ...rest,
    ...(rrule ? { often: rrule } : {}),
    ...(valid_from ? { [often === "eenmalig" ? "once_date" : "valid_from"]: valid_from } : {}),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The rule the choices make in words ("elke eerste en derde dinsdag van de maand, 13:00–17:00"), or null while a
 *  choice or the first date is missing. The times are added once both are filled in. */
export function sentenceOf(v: Record<string, string>, words: RuleWords, locale: Locale): string | null {
  const made = ruleOfValues(v);
  if ("problems" in made || !DATE.test(made.rule.validFrom)) return null;
  try {
    const rule = parseRRule(made.rule.rrule, made.rule.validFrom);
    const start = v.start_time ?? "";
    const end = v.end_time ?? "";
    return describeRule(rule, words, locale, {
      validFrom: made.rule.validFrom,
      validUntil: made.rule.validUntil,
      ...(TIME.test(start) && TIME.test(end) ? { start, end } : {}),
    });
  } catch (e) {
    if (e instanceof RuleError) return null;
    throw e;
  }
}

/** What a preview was made of: a change of any of it makes the preview's dates out of date. */
export const ruleKey = (v: Record<string, string>): string => RULE_FIELDS.map((k) => v[k] ?? "").join("|");
