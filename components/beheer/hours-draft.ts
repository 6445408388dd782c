import { hoursInWords } from "@/lib/i18n/referral";
import { isTime, OSM_DAYS, type Week } from "@/lib/opening-hours-week";

// The week schedule's working state, between the inputs and OSM `opening_hours`.

export const SLOTS = 2;
/** What the inputs hold, including a period still being typed (only complete periods reach the OSM text). */
export type Draft = {
  days: [string, string][][];
  holidaysClosed: boolean;
  exceptions: { date: string; from: string; to: string }[];
};
/** Changes a copy of the draft (the caller's function mutates it). */
export type ChangeDraft = (fn: (d: Draft) => void) => void;

export const DAY_NAMES = (locale: "nl" | "en") =>
  OSM_DAYS.map((_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );

/** The draft of a week, or null when the schedule cannot show it (more periods a day than it has inputs for). */
export function toDraft(week: Week | null): Draft | null {
  if (!week || week.days.some((d) => d.length > SLOTS)) return null;
  if (week.exceptions.some((e) => e.intervals.length > 1)) return null;
  return {
    days: week.days.map((d) =>
      Array.from({ length: SLOTS }, (_, s) => [d[s]?.[0] ?? "", d[s]?.[1] ?? ""] as [string, string]),
    ),
    holidaysClosed: week.holidaysClosed,
    exceptions: week.exceptions.map((e) => ({
      date: e.date,
      from: e.intervals[0]?.[0] ?? "",
      to: e.intervals[0]?.[1] ?? "",
    })),
  };
}

export const toWeek = (d: Draft): Week => ({
  days: d.days.map((slots) => slots.filter(([a, b]) => isTime(a) && isTime(b))),
  holidaysClosed: d.holidaysClosed,
  // An exception without (complete) times is a closed day; one without a date is still being typed.
  exceptions: d.exceptions
    .filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))
    .map((e) => ({ date: e.date, intervals: isTime(e.from) && isTime(e.to) ? [[e.from, e.to]] : [] })),
});

/** The preview under the schedule: the week in words, then each exception's date and times (or "closed"). */
export function hoursPreview(week: Week | null, locale: "nl" | "en", closedAllDay: string): string[] {
  if (!week) return [];
  const dateWords = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return [
    ...hoursInWords(
      week.days.map((intervals, weekday) => ({ weekday, intervals })),
      locale,
    ),
    ...week.exceptions.map(
      (e) =>
        `${dateWords.format(new Date(`${e.date}T12:00:00Z`))}: ${e.intervals.length ? e.intervals.map(([a, b]) => `${a}–${b}`).join(", ") : closedAllDay}`,
    ),
  ];
}

/** The words the hours editor shows, in the page's language. */
export type HoursLabels = {
  hours: string;
  hoursHint: string;
  hoursRaw: string;
  hoursRawHint: string;
  hoursPreview: string;
  holidaysClosed: string;
  from: string;
  to: string;
  cannotShow: string;
  exceptions: string;
  exceptionsHint: string;
  addException: string;
  removeException: string;
  date: string;
  closedAllDay: string;
};
