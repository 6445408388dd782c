import OpeningHours from "opening_hours";

import { amsterdamWallClock } from "./time";

// "Open now" for OSM opening_hours strings, in Europe/Amsterdam wall-clock time with Dutch public holidays.
// Parsing costs ~0.5 ms and the demo data reuses a few dozen strings, so parsed values are memoised (a pure
// function of the string: safe on every app server).

const NL = { lat: 52.1, lon: 5.1, address: { country_code: "nl", state: "Utrecht" } };
const MAX_CACHED = 2000;
const parsed = new Map<string, OpeningHours | null>();

function parse(value: string): OpeningHours | null {
  let oh = parsed.get(value);
  if (oh === undefined) {
    try {
      oh = new OpeningHours(value, NL);
    } catch {
      oh = null;
    }
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(value, oh);
  }
  return oh;
}

/** A Date whose *local* fields equal the wall-clock time in Amsterdam, which is what opening_hours reads. */
export { amsterdamWallClock };

/** true/false, or null when the hours are missing or cannot be read. */
/** Open now, given the facility's status and a temporary "vandaag gesloten / open" that is in force. */
export function openNow(status: string, tempState: string | null, regular: () => boolean | null): boolean | null {
  if (status !== "active" || tempState === "closed") return false;
  if (tempState === "open") return true;
  return regular();
}

/** Opening later today, given the same: only for an active place closed now without a temporary state (a
 *  "vandaag gesloten" or "vandaag open" decides the whole day). */
export function opensLater(
  status: string,
  tempState: string | null,
  open: boolean | null,
  regular: () => string | null,
): string | null {
  return open === false && status === "active" && !tempState ? regular() : null;
}

export function isOpenAt(value: string | null, at: Date): boolean | null {
  return openAt(at)(value);
}

type Memo<T> = { minute: number; byValue: Map<string, T> };

/**
 * `compute` for many values at one moment (the wall clock is worked out once). opening_hours' getState costs ~0.03 ms
 * and results repeat within a minute, so answers are memoised per minute; missing or unreadable hours give null.
 */
function perMinute<T>(
  memo: Memo<T | null>,
  at: Date,
  compute: (oh: OpeningHours, wall: Date) => T | null,
): (value: string | null) => T | null {
  const wall = amsterdamWallClock(at);
  const minute = wall.getTime();
  if (memo.minute !== minute) {
    memo.minute = minute;
    memo.byValue.clear();
  }
  return (value) => {
    if (!value) return null;
    // Another caller may since have moved the memo to another minute: use it only while it is ours.
    const mine = memo.minute === minute;
    const known = mine ? memo.byValue.get(value) : undefined;
    if (known !== undefined) return known;
    const oh = parse(value);
    const answer = oh ? compute(oh, wall) : null;
    if (mine && memo.byValue.size < MAX_CACHED) memo.byValue.set(value, answer);
    return answer;
  };
}

const states: Memo<boolean | null> = { minute: Number.NaN, byValue: new Map() };
const later: Memo<string | null> = { minute: Number.NaN, byValue: new Map() };

/** Open at that moment, for many values. */
export const openAt = (at: Date): ((value: string | null) => boolean | null) =>
  perMinute(states, at, (oh, wall) => oh.getState(wall));

/**
 * When a facility that is closed now opens again *today* (Amsterdam wall clock): "13:00", or null when it is open now,
 * stays closed for the rest of the day, or has no readable hours. For "nu niets open — opent om 13:00" and
 * "vandaag nog open".
 */
export const opensLaterTodayAt = (at: Date): ((value: string | null) => string | null) =>
  perMinute(later, at, (oh, wall) => {
    if (oh.getState(wall)) return null;
    const endOfDay = new Date(wall.getFullYear(), wall.getMonth(), wall.getDate() + 1);
    const next = oh.getNextChange(wall, endOfDay);
    return next && next < endOfDay && oh.getState(next) ? hhmm(next) : null;
  });

/**
 * Valid for saving: parses, and with no warnings. (The library also reads loose forms such as "dinsdag" or
 * "mo-fr 9-17" and warns about them; those are refused so that what is stored is the standard syntax other OSM tools
 * read too.)
 */
export function isValidOpeningHours(value: string): boolean {
  const oh = parse(value);
  return oh !== null && oh.getWarnings().length === 0;
}

export type DayHours = { date: Date; weekday: number; intervals: [string, string][]; today: boolean };

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;

/**
 * Seven days of opening hours (Amsterdam wall clock) as open intervals per day, holidays applied; null when the hours
 * are missing or unreadable. `start: "monday"` gives the current week Monday to Sunday (for hours in words, which
 * group weekdays in order); `start: "today"` gives today and the six days after it (the facility page's table: a
 * resident wants what comes, not last Monday). `weekday` is 0 for Monday. Dates are wall-clock dates.
 */
export function weekHours(value: string | null, now: Date, start: "monday" | "today" = "monday"): DayHours[] | null {
  if (!value) return null;
  const oh = parse(value);
  if (!oh) return null;
  const wall = amsterdamWallClock(now);
  const first = new Date(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate() - (start === "monday" ? (wall.getDay() + 6) % 7 : 0),
  );
  return Array.from({ length: 7 }, (_, i) => {
    const from = new Date(first.getFullYear(), first.getMonth(), first.getDate() + i);
    const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1);
    const intervals = oh
      .getOpenIntervals(from, to)
      .map(([a, b]) => [hhmm(a), b.getTime() === to.getTime() ? "24:00" : hhmm(b)] as [string, string]);
    return {
      date: from,
      weekday: (from.getDay() + 6) % 7,
      intervals,
      today: from.getDate() === wall.getDate() && from.getMonth() === wall.getMonth(),
    };
  });
}
