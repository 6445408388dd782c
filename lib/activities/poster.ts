import type { TActivityItem } from "../schemas/activity";
import { parseRRule, WEEKDAYS, type Rule, type Weekday } from "./rule";

// What goes where on a facility's window poster: the activities of every week under their weekdays (by start time),
// the rest — every other week, monthly, once — in a list with their rule and next dates (soonest first). What has no
// date in the coming weeks (ended, or not yet begun) is left off: a poster hangs for weeks, it shows what is on.

export type PosterDate = { date: string; start: string; end: string; cancelled: boolean; reason: string | null };
export type PosterItem = { activity: TActivityItem & { id: string }; next: PosterDate[] };
export type PosterGroups = {
  week: { day: Weekday; items: PosterItem[] }[];
  other: (PosterItem & { rule: Rule })[];
};

const isEveryWeek = (r: Rule): r is Extract<Rule, { freq: "weekly" }> => r.freq === "weekly" && r.step === 1;

export function posterGroups(items: PosterItem[]): PosterGroups {
  const on = items
    .filter((i) => i.next.length > 0)
    .map((i) => ({ ...i, rule: parseRRule(i.activity.rrule, i.activity.valid_from) }));
  const byStart = (a: PosterItem, b: PosterItem) =>
    a.activity.start_time.localeCompare(b.activity.start_time) || a.activity.name.localeCompare(b.activity.name, "nl");
  const week = WEEKDAYS.map((day) => ({
    day,
    items: on.filter((i) => isEveryWeek(i.rule) && i.rule.days.includes(day)).sort(byStart),
  })).filter((d) => d.items.length > 0);
  const soonest = (i: PosterItem) => i.next.find((n) => !n.cancelled)?.start ?? "9999";
  const other = on.filter((i) => !isEveryWeek(i.rule)).sort((a, b) => soonest(a).localeCompare(soonest(b)));
  return { week, other };
}

/** The dates of an every-week activity that do not happen, up to and including `until` (yyyy-mm-dd). */
export const cancelledUntil = (next: PosterDate[], until: string): PosterDate[] =>
  next.filter((n) => n.cancelled && n.date <= until);

/** The next `n` dates that do happen. */
export const nextDates = (next: PosterDate[], n = 3): PosterDate[] => next.filter((d) => !d.cancelled).slice(0, n);
