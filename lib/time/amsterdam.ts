import { TZDate } from "@date-fns/tz";
import { addDays, format, startOfMonth } from "date-fns";

// Buurtwijzer's clock is Europe/Amsterdam wall-clock time (CET, UTC+1; CEST, UTC+2 from the last Sunday of March
// 02:00 to the last Sunday of October 03:00). Offsets come from the tz database through @date-fns/tz, never from
// adding 86,400,000 ms or guessing +1/+2: a day around a switch lasts 23 or 25 hours.

export const AMSTERDAM = "Europe/Amsterdam";

const inAmsterdam = (at: Date | number): TZDate => new TZDate(at instanceof Date ? at.getTime() : at, AMSTERDAM);

/** The wall-clock fields in Amsterdam at an instant; `month` 1–12, `weekday` 0 for Monday. */
export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

export function amsterdamParts(at: Date): WallClock {
  const z = inAmsterdam(at);
  return {
    year: z.getFullYear(),
    month: z.getMonth() + 1,
    day: z.getDate(),
    hour: z.getHours(),
    minute: z.getMinutes(),
    weekday: (z.getDay() + 6) % 7,
  };
}

/**
 * A Date whose *process-local* fields equal the wall-clock time in Amsterdam (seconds dropped): what opening_hours
 * reads, since it works on local Date fields. Not an instant to store or compare with `now`.
 */
export function amsterdamWallClock(at: Date): Date {
  const p = amsterdamParts(at);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute);
}

/** The Amsterdam calendar date of an instant, yyyy-mm-dd. */
export const amsterdamDate = (at: Date): string => format(inAmsterdam(at), "yyyy-MM-dd");

/** The Amsterdam calendar date `days` after the one of `at` (calendar days, whatever their length), yyyy-mm-dd. */
export const amsterdamDatePlusDays = (at: Date, days: number): string =>
  format(addDays(inAmsterdam(at), days), "yyyy-MM-dd");

/** The first day of the Amsterdam month of an instant, yyyy-mm-01 (the month an unmet need is counted in). */
export const amsterdamMonthStart = (at: Date): string => format(startOfMonth(inAmsterdam(at)), "yyyy-MM-dd");

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a wall-clock time on an Amsterdam date (yyyy-mm-dd) happens; a time skipped in spring moves forward
 *  an hour (02:30 → 03:30 CEST), one that happens twice in autumn is the later, winter-time one. */
export function amsterdamInstant(date: string, hour = 0, minute = 0): Date {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a yyyy-mm-dd date: ${date}`);
  return new Date(new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour, minute, AMSTERDAM).getTime());
}

/** The first instant after the Amsterdam day `date` (yyyy-mm-dd): midnight starting the next day. */
export function startOfNextAmsterdamDay(date: string): Date {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a yyyy-mm-dd date: ${date}`);
  return new Date(new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1, AMSTERDAM).getTime());
}
