// The week editor's model and the OSM `opening_hours` text it writes. It covers what most buurthuizen need —
// per weekday up to three periods, and "closed on public holidays" — and reads back exactly what it writes, plus
// the common hand-written forms of it. Anything richer (exceptions on dates, week numbers, "PH 10:00-14:00") stays
// in the raw field: `parseWeek` returns null and the editor says so.

export const OSM_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;
export type Interval = [string, string];
export type Week = { days: Interval[][]; holidaysClosed: boolean };

export const emptyWeek = (): Week => ({ days: OSM_DAYS.map(() => []), holidaysClosed: false });

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
  if (rules.length === 0) return null;
  if (week.holidaysClosed) rules.push("PH off");
  return rules.join("; ");
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

/** The week a simple OSM text describes, or null when it uses more than the editor shows. */
export function parseWeek(value: string | null): Week | null {
  const week = emptyWeek();
  if (!value || !value.trim()) return week;
  for (const raw of value.split(";")) {
    const rule = raw.trim();
    if (!rule) continue;
    if (/^PH off$/i.test(rule)) { week.holidaysClosed = true; continue; }
    const m = /^([A-Za-z,-]+)\s+(.+)$/.exec(rule);
    if (!m) return null;
    const days = parseDays(m[1]!);
    if (!days) return null;
    const spec = m[2]!.trim();
    const intervals: Interval[] = [];
    if (!/^off|closed$/i.test(spec)) {
      for (const p of spec.split(",")) {
        const t = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(p.trim());
        if (!t || !isTime(t[1]!) || !isTime(t[2]!)) return null;
        intervals.push([t[1]!, t[2]!]);
      }
      if (intervals.length > 3) return null;
    }
    for (const d of days) week.days[d] = intervals;
  }
  return week;
}
