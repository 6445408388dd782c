import { getTranslations } from "next-intl/server";

import { parseRRule, WEEKDAYS, type Weekday } from "@/lib/activities/rule";
import { describeRule } from "@/lib/activities/rule-text";
import { INTL } from "@/lib/format";
import { dirOf, type Locale } from "@/lib/i18n/locales";
import { ruleWords } from "@/lib/i18n/rule-words";
import type { ActivityKind } from "@/lib/reference/activity-kinds";
import type { TActivityItem } from "@/lib/schemas/activity";

// The poster's words in one language: it is printed in the page's language and, on request, a second one beside it,
// so every part is written twice from the same pieces. Weekday and month names and lists come from Intl.

export async function posterWords(locale: Locale) {
  const [t, kinds, resident] = await Promise.all([
    getTranslations({ locale, namespace: "activities.poster" }),
    getTranslations({ locale, namespace: "activities.kinds" }),
    getTranslations({ locale, namespace: "resident.cost" }),
  ]);
  const intl = INTL[locale];
  const weekdays = new Intl.DateTimeFormat(intl, { weekday: "long", timeZone: "UTC" });
  const shortDate = new Intl.DateTimeFormat(intl, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const list = new Intl.ListFormat(intl, { style: "long", type: "conjunction" });
  const rules = ruleWords(locale);
  return {
    locale,
    dir: dirOf(locale),
    t,
    kind: (k: string) => kinds(k as ActivityKind),
    cost: (c: TActivityItem["cost"]) => resident(c),
    /** "elke eerste en derde dinsdag van de maand, 13:00–17:00" */
    rule: (a: TActivityItem) =>
      describeRule(parseRRule(a.rrule, a.valid_from), rules, locale, {
        validFrom: a.valid_from,
        validUntil: a.valid_until,
        start: a.start_time,
        end: a.end_time,
      }),
    // 2026-01-05 is a Monday
    weekday: (d: Weekday) => weekdays.format(new Date(Date.UTC(2026, 0, 5 + WEEKDAYS.indexOf(d)))),
    /** "vr 25 dec" for a calendar date */
    date: (date: string) => shortDate.format(new Date(`${date}T12:00:00Z`)),
    list: (items: string[]) => list.format(items),
  };
}

export type PosterWords = Awaited<ReturnType<typeof posterWords>>;
