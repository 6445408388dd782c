import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// Instants written in a time zone's wall-clock time with its offset ("2026-12-08T13:00:00+01:00"): how the activities
// API and iCal feeds give times, for Europe/Amsterdam and Europe/Brussels alike (offsets from the tz database).

export const isoInZone = (at: Date, timeZone: string): string =>
  format(new TZDate(at.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");

/** The calendar date of an instant in a time zone, yyyy-mm-dd. */
export const dateInZone = (at: Date, timeZone: string): string =>
  format(new TZDate(at.getTime(), timeZone), "yyyy-MM-dd");
