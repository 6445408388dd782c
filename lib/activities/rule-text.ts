import { IntlMessageFormat } from "intl-messageformat";

import { INTL } from "../format";
import type { Locale } from "../i18n/locales";
import { WEEKDAYS, type Nth, type Rule, type Weekday } from "./rule";

// A rule in plain words ("elke eerste en derde dinsdag van de maand, 13:00–17:00"), in any page language: the phrases
// are the catalog's `activities.rule` messages (ICU), the weekday names and "en"/"and" lists come from Intl. Pure, so
// the /beheer form shows the same sentence as it types (client) as the facility page does (server).

export type RuleWords = {
  weekly: string;
  monthly: string;
  once: string;
  nth: string;
  nthDay: string;
  withTime: string;
  until: string;
};

// 2026-01-05 is a Monday: weekday i (0 = Monday) is that date + i days.
const weekdayName = (locale: Locale, day: Weekday) =>
  new Intl.DateTimeFormat(INTL[locale], { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2026, 0, 5 + WEEKDAYS.indexOf(day))),
  );

const and = (locale: Locale, items: string[]) =>
  new Intl.ListFormat(INTL[locale], { style: "long", type: "conjunction" }).format(items);

const fmt = (pattern: string, locale: Locale, values: Record<string, string | number>) =>
  String(new IntlMessageFormat(pattern, INTL[locale]).format(values));

export function describeRule(
  rule: Rule,
  words: RuleWords,
  locale: Locale,
  opts: { validFrom: string; validUntil?: string | null; start?: string; end?: string },
): string {
  let text: string;
  switch (rule.freq) {
    case "once": {
      const date = new Intl.DateTimeFormat(INTL[locale], {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(`${opts.validFrom}T12:00:00Z`));
      text = fmt(words.once, locale, { date });
      break;
    }
    case "weekly":
      text = fmt(words.weekly, locale, {
        step: rule.step,
        days: and(
          locale,
          rule.days.map((d) => weekdayName(locale, d)),
        ),
      });
      break;
    case "monthly": {
      // "eerste en derde dinsdag en laatste vrijdag": the n-ths of one weekday together.
      const byDay = new Map<Weekday, Nth[]>();
      for (const d of rule.days) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d.nth]);
      const items = [...byDay].map(([day, nths]) =>
        fmt(words.nthDay, locale, {
          nths: and(
            locale,
            nths.map((n) => fmt(words.nth, locale, { nth: n === -1 ? "last" : String(n) })),
          ),
          day: weekdayName(locale, day),
        }),
      );
      text = fmt(words.monthly, locale, { step: rule.step, items: and(locale, items) });
      break;
    }
  }
  const timed =
    opts.start && opts.end ? fmt(words.withTime, locale, { rule: text, start: opts.start, end: opts.end }) : text;
  if (!opts.validUntil || rule.freq === "once") return timed;
  const date = new Intl.DateTimeFormat(INTL[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${opts.validUntil}T12:00:00Z`));
  return fmt(words.until, locale, { rule: timed, date });
}
