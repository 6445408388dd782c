import { OSM_DAYS, parseWeek, type Interval } from "../opening-hours-week";
import type { THsdsSchedule } from "../schemas/hsds";
import { derivedId } from "./ids";

// OpenStreetMap opening_hours as HSDS schedules (RFC 5545 weekly rules). "Mo-Fr 09:00-17:00; Sa 10:00-12:00" is
// two schedules: freq WEEKLY, byday MO,TU,WE,TH,FR, 09:00–17:00, and byday SA, 10:00–12:00 — one per distinct
// opening period, with every weekday that has it. The week is read by the week editor's parser (parseWeek), so later
// rules override earlier ones for the same day as in OSM. What weekly rules cannot say — "PH off" (public holidays),
// dated exceptions, or syntax beyond the editor's (week numbers, months, "sunrise") — goes in `notes` as the original
// text, on every schedule; text the parser cannot read at all becomes one schedule with only `notes`.
// Times are Europe/Amsterdam wall-clock times ("HH:MM"); HSDS's `timezone` is a fixed UTC offset, which a place
// with summer time does not have, so it is left out.

const RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** Who the schedule belongs to: a location (facility hours) or a service at a location (its own hours there). */
export type ScheduleOwner = { location_id: string } | { service_at_location_id: string; service_id: string };

const ownerKey = (o: ScheduleOwner) => ("location_id" in o ? o.location_id : o.service_at_location_id);

export function schedulesOf(hours: string | null, owner: ScheduleOwner): THsdsSchedule[] {
  const text = hours?.trim();
  if (!text) return [];
  const week = parseWeek(text);
  const periods = week ? weeklyPeriods(week.days) : [];
  const complete = week !== null && !week.holidaysClosed && week.exceptions.length === 0;
  const schedule = (n: number, rule: Partial<THsdsSchedule>): THsdsSchedule => ({
    id: derivedId("schedule", ownerKey(owner), n),
    ...owner,
    ...rule,
    ...(complete ? {} : { notes: text }),
  });
  if (periods.length === 0)
    return [schedule(0, { description: "Openingstijden in OpenStreetMap-notatie (zie notes)" })];
  return periods.map((p, n) =>
    schedule(n, { freq: "WEEKLY", wkst: "MO", byday: p.days.join(","), opens_at: p.opens, closes_at: p.closes }),
  );
}

type Period = { opens: string; closes: string; days: string[] };

/** One period per distinct opening interval, with its days in week order; periods ordered by first day, then time. */
function weeklyPeriods(days: Interval[][]): Period[] {
  const byInterval = new Map<string, Period>();
  days.slice(0, OSM_DAYS.length).forEach((intervals, d) => {
    for (const [opens, closes] of intervals) {
      const key = `${opens}-${closes}`;
      const p = byInterval.get(key) ?? { opens, closes, days: [] };
      const day = RRULE_DAYS[d];
      if (day && !p.days.includes(day)) p.days.push(day);
      byInterval.set(key, p);
    }
  });
  const first = (p: Period) => RRULE_DAYS.indexOf(p.days[0] as (typeof RRULE_DAYS)[number]);
  return [...byInterval.values()].sort((a, b) => first(a) - first(b) || a.opens.localeCompare(b.opens));
}
