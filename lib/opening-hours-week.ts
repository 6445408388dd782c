// The week editor's model and the OSM `opening_hours` text it writes. It covers what most buurthuizen need — per
// weekday up to three periods, "closed on public holidays" (PH off), and dated exceptions ("2026 Dec 28 off", or other
// hours on that date) — and reads back exactly what it writes, plus the common hand-written forms of it (day lists
// such as "Mo,We", "closed" for "off"). Anything richer (week numbers, month ranges, "PH 10:00-14:00") stays in the
// raw field: `parseWeek` returns null and the editor says so.

export const OSM_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;
export type Interval = [string, string];
/** A date with other hours than usual (no intervals: closed all day). */
export type Exception = { date: string; intervals: Interval[] };
export type Week = { days: Interval[][]; holidaysClosed: boolean; exceptions: Exception[] };

export const emptyWeek = (): Week => ({ days: OSM_DAYS.map(() => []), holidaysClosed: false, exceptions: [] });

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const times = (iv: Interval[]) => (iv.length ? iv.map(([a, b]) => `${a}-${b}`).join(",") : "off");

function exceptionRule(e: Exception): string | null {
  const m = ISO_DATE.exec(e.date);
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${m[1]} ${month} ${String(Number(m[3])).padStart(2, "0")} ${times(e.intervals)}` : null;
}

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;
export const isTime = (v: string) => TIME.test(v);

function dayRange(from: number, to: number): string {
  if (from === to) return OSM_DAYS[from]!;
  if (to === from + 1) return `${OSM_DAYS[from]},${OSM_DAYS[to]}`;
  return `${OSM_DAYS[from]}-${OSM_DAYS[to]}`;
}

/** OSM text for a week ("Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off"), or null for a week without any hours. */
export function formatWeek(week: Week): string | null {
  const key = (d: Interval[]) => d.map(([a, b]) => `${a}-${b}`).join(",");
  const rules: string[] = [];
  let i = 0;
  while (i < 7) {
    const k = key(week.days[i] ?? []);
    let j = i;
    while (j + 1 < 7 && key(week.days[j + 1] ?? []) === k) j++;
    if (k) rules.push(`${dayRange(i, j)} ${k}`);
    i = j + 1;
  }
  const exceptions = [...week.exceptions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(exceptionRule)
    .filter((r): r is string => r !== null);
  if (rules.length === 0 && exceptions.length === 0) return null;
  // Later rules win: holidays and dated exceptions after the week.
  if (week.holidaysClosed) rules.push("PH off");
  return [...rules, ...exceptions].join("; ");
}

function parseDays(spec: string): number[] | null {
  const out: number[] = [];
  for (const part of spec.split(",")) {
    const m = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/.exec(part);
    if (!m) return null;
    const a = OSM_DAYS.indexOf(m[1] as (typeof OSM_DAYS)[number]);
    const b = m[2] ? OSM_DAYS.indexOf(m[2] as (typeof OSM_DAYS)[number]) : a;
    if (b < a) return null;
    for (let d = a; d <= b; d++) out.push(d);
  }
  return out;
}

function parseTimes(spec: string): Interval[] | null {
  if (/^(off|closed)$/i.test(spec)) return [];
  const intervals: Interval[] = [];
  for (const p of spec.split(",")) {
    const t = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(p.trim());
    if (!t || !isTime(t[1]!) || !isTime(t[2]!)) return null;
    intervals.push([t[1]!, t[2]!]);
  }
  return intervals.length > 3 ? null : intervals;
}

/** The week a simple OSM text describes, or null when it uses more than the editor shows. */
export function parseWeek(value: string | null): Week | null {
  const week = emptyWeek();
  if (!value || !value.trim()) return week;
  for (const raw of value.split(";")) {
    const rule = raw.trim();
    if (!rule) continue;
    if (/^PH off$/i.test(rule)) {
      week.holidaysClosed = true;
      continue;
    }
    const dated = /^(\d{4}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) (.+)$/.exec(rule);
    if (dated) {
      const intervals = parseTimes(dated[4]!.trim());
      if (!intervals) return null;
      const month = MONTHS.indexOf(dated[2] as (typeof MONTHS)[number]) + 1;
      week.exceptions.push({
        date: `${dated[1]}-${String(month).padStart(2, "0")}-${dated[3]!.padStart(2, "0")}`,
        intervals,
      });
      continue;
    }
    const m = /^([A-Za-z,-]+)\s+(.+)$/.exec(rule);
    if (!m) return null;
    const days = parseDays(m[1]!);
    if (!days) return null;
    const intervals = parseTimes(m[2]!.trim());
    if (!intervals) return null;
    for (const d of days) week.days[d] = intervals;
  }
  return week;
}
