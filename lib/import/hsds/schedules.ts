import type { HsdsSchedule } from "./graph";

// HSDS schedules (3.0: RRULE fields freq/byday with opens_at/closes_at; 1.1: one weekday a row) as an OSM
// opening_hours value: "Mo-Fr 09:00-17:00; Sa 10:00-12:00". Only weekly opening times can be written so; anything
// else (monthly rules, "by appointment" in words) gives null and the caller says so in the report. A schedule with a
// schedule_link is an activity's (it has its own calendar there), not the location's hours: left out.

const OSM_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;
const RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** A weekday as 0 (Monday) … 6 (Sunday): RRULE "MO", 1.1's ISO number 1–7, or the English name. */
function dayIndex(v: string): number | null {
  const s = v
    .trim()
    .toLowerCase()
    .replace(/^[+-]?\d+(?=[a-z])/, "");
  const i = RRULE_DAYS.indexOf(s.toUpperCase());
  if (i >= 0) return i;
  const n = NAMES.findIndex((d) => d.startsWith(s) && s.length >= 2);
  if (n >= 0) return n;
  const iso = Number(s);
  return Number.isInteger(iso) && iso >= 1 && iso <= 7 ? iso - 1 : null;
}

const hhmm = (t: string | undefined): string | null => {
  const m = t ? /^(\d{1,2}):(\d{2})/.exec(t.trim()) : null;
  return m ? `${m[1]!.padStart(2, "0")}:${m[2]}` : null;
};

/** [0,1,2,4] → "Mo-We,Fr" */
function daySpec(days: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    const run = days.slice(i, j + 1).map((d) => OSM_DAYS[d]!);
    out.push(run.length >= 3 ? `${run[0]}-${run.at(-1)}` : run.join(","));
    i = j + 1;
  }
  return out.join(",");
}

export function openingHoursOf(schedules: HsdsSchedule[]): { value: string | null; unsupported: boolean } {
  const byDay: string[][] = OSM_DAYS.map(() => []);
  let unsupported = false;
  for (const s of schedules) {
    if (s.schedule_link) continue; // an activity with its own calendar (Buurtwijzer's export), not opening hours
    const opens = hhmm(s.opens_at);
    const closes = hhmm(s.closes_at);
    const days = (s.byday ? s.byday.split(",") : s.weekday ? [s.weekday] : []).map(dayIndex);
    if (
      (s.freq && s.freq.toUpperCase() !== "WEEKLY") ||
      !opens ||
      !closes ||
      days.length === 0 ||
      days.includes(null)
    ) {
      unsupported = true;
      continue;
    }
    for (const d of days) byDay[d!]!.push(`${opens}-${closes}`);
  }
  // Days with the same hours together ("Tu,Th 13:00-16:00"), runs of three or more as a range ("Mo-Fr").
  const groups = new Map<string, number[]>();
  byDay.forEach((ranges, d) => {
    const key = [...new Set(ranges)].sort().join(",");
    if (key) groups.set(key, [...(groups.get(key) ?? []), d]);
  });
  const parts = [...groups].map(([ranges, days]) => `${daySpec(days)} ${ranges}`);
  return { value: parts.length ? parts.join("; ") : null, unsupported };
}
