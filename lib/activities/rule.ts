// An activity's recurrence: an RFC 5545 RRULE without DTSTART, in the subset residents' programmes need and that the
// database can test per day (activity_on() in the migration): every n weeks on some weekdays, every n months on the
// n-th/last weekdays, or once (no rule). What falls outside is refused naming the RRULE part, so the API can answer
// "BYSETPOS: …" instead of storing a rule we would expand wrongly. Dates are calendar dates ("2026-12-08"): no time
// zone is involved until a time of day is added (occurrences.ts).

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const; // ISO order: Monday = 1
export type Weekday = (typeof WEEKDAYS)[number];
export const NTHS = [1, 2, 3, 4, 5, -1] as const;
export type Nth = (typeof NTHS)[number];

export type Rule =
  | { freq: "once" }
  | { freq: "weekly"; step: number; days: Weekday[] }
  | { freq: "monthly"; step: number; days: { nth: Nth; day: Weekday }[] };

/** The rule as the columns activity_on() reads. */
export type RuleColumns = { freq: Rule["freq"]; step: number; weekdays: number; monthDays: number[] };

/** A rule we cannot take: `part` is the RRULE part at fault (FREQ, BYDAY, …), the message in Dutch and English. */
export class RuleError extends Error {
  constructor(
    readonly part: string,
    readonly nl: string,
    readonly en: string,
  ) {
    super(`${part}: ${en}`);
  }
}

const MAX_STEP = 12;

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date "YYYY-MM-DD". */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const js = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return js === 0 ? 7 : js;
}

const weekdayAt = (date: string): Weekday => WEEKDAYS[isoWeekday(date) - 1] ?? "MO";

function parseStep(v: string | undefined): number {
  if (v === undefined) return 1;
  const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= MAX_STEP))
    throw new RuleError(
      "INTERVAL",
      `moet een getal van 1 tot ${MAX_STEP} zijn`,
      `must be a whole number 1–${MAX_STEP}`,
    );
  return n;
}

function parseDays(v: string): { nth: number | null; day: Weekday }[] {
  return v.split(",").map((item) => {
    const m = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item.trim());
    if (!m)
      throw new RuleError(
        "BYDAY",
        `"${item}" is geen dag (gebruik MO, TU, WE, TH, FR, SA, SU, eventueel met 1–5 of -1 ervoor)`,
        `"${item}" is not a day (use MO, TU, WE, TH, FR, SA, SU, optionally preceded by 1–5 or -1)`,
      );
    return { nth: m[1] === undefined ? null : Number(m[1]), day: m[2] as Weekday };
  });
}

const uniqueSorted = <T>(xs: T[], key: (x: T) => number): T[] =>
  [...new Map(xs.map((x) => [key(x), x])).values()].sort((a, b) => key(a) - key(b));

/**
 * Reads an RRULE ("FREQ=MONTHLY;BYDAY=1TU,3TU"; an optional "RRULE:" prefix) given with the activity's first date.
 * null or "" is a one-off on `validFrom`. Throws RuleError naming the part it cannot take.
 */
export function parseRRule(text: string | null | undefined, validFrom: string): Rule {
  const body = (text ?? "").trim().replace(/^RRULE:/i, "");
  if (body === "") return { freq: "once" };
  const parts = new Map<string, string>();
  for (const p of body.split(";")) {
    if (p === "") continue;
    const [k, v, ...rest] = p.split("=");
    const key = (k ?? "").trim().toUpperCase();
    if (!key || v === undefined || rest.length)
      throw new RuleError(key || "RRULE", `"${p}" is geen NAAM=waarde`, `"${p}" is not NAME=value`);
    if (parts.has(key)) throw new RuleError(key, "staat er twee keer in", "is given twice");
    parts.set(key, v.trim().toUpperCase());
  }
  for (const key of parts.keys()) {
    if (key === "UNTIL")
      throw new RuleError("UNTIL", "geef de einddatum als valid_until", "give the last date as valid_until");
    if (key === "DTSTART")
      throw new RuleError("DTSTART", "geef de eerste datum als valid_from", "give the first date as valid_from");
    if (!["FREQ", "INTERVAL", "BYDAY", "WKST", "COUNT"].includes(key))
      throw new RuleError(
        key,
        "wordt niet ondersteund (wel: FREQ, INTERVAL, BYDAY)",
        "is not supported (supported: FREQ, INTERVAL, BYDAY)",
      );
  }
  const wkst = parts.get("WKST");
  if (wkst !== undefined && wkst !== "MO")
    throw new RuleError("WKST", "alleen MO (de week begint op maandag)", "only MO (weeks start on Monday)");
  const freq = parts.get("FREQ");
  const count = parts.get("COUNT");
  if (count !== undefined) {
    // COUNT=1 is how calendars write "once"; other counts are a last date in disguise.
    if (count === "1" && !parts.has("BYDAY") && !parts.has("INTERVAL")) return { freq: "once" };
    throw new RuleError("COUNT", "geef de einddatum als valid_until", "give the last date as valid_until");
  }
  const step = parseStep(parts.get("INTERVAL"));
  const byday = parts.get("BYDAY");
  const days = byday === undefined ? null : parseDays(byday);
  switch (freq) {
    case "DAILY": {
      if (step !== 1) throw new RuleError("INTERVAL", "bij FREQ=DAILY alleen 1", "only 1 with FREQ=DAILY (use WEEKLY)");
      return weekly(1, days ?? WEEKDAYS.map((day) => ({ nth: null, day })));
    }
    case "WEEKLY":
      return weekly(step, days ?? [{ nth: null, day: weekdayAt(validFrom) }]);
    case "MONTHLY": {
      if (!days || days.some((d) => d.nth === null))
        throw new RuleError(
          "BYDAY",
          "bij FREQ=MONTHLY: welke dag van de maand, bijvoorbeeld 1TU (eerste dinsdag) of -1FR (laatste vrijdag)",
          "with FREQ=MONTHLY: which weekday of the month, e.g. 1TU (first Tuesday) or -1FR (last Friday)",
        );
      const out = days.map(({ nth, day }) => {
        if (!(NTHS as readonly (number | null)[]).includes(nth))
          throw new RuleError(
            "BYDAY",
            `${nth}${day}: alleen 1 tot 5 of -1 (de laatste)`,
            `${nth}${day}: only 1 to 5 or -1 (the last)`,
          );
        return { nth: nth as Nth, day };
      });
      // Written in one order: by n (the last after the fifth), then weekday.
      return {
        freq: "monthly",
        step,
        days: uniqueSorted(out, (d) => (d.nth === -1 ? 9 : d.nth) * 10 + dayIndex(d.day)),
      };
    }
    case undefined:
      throw new RuleError("FREQ", "ontbreekt (WEEKLY of MONTHLY)", "is missing (WEEKLY or MONTHLY)");
    default:
      throw new RuleError("FREQ", `${freq}: alleen DAILY, WEEKLY of MONTHLY`, `${freq}: only DAILY, WEEKLY or MONTHLY`);
  }
}

function weekly(step: number, days: { nth: number | null; day: Weekday }[]): Rule {
  const bad = days.find((d) => d.nth !== null);
  if (bad)
    throw new RuleError(
      "BYDAY",
      `${bad.nth}${bad.day}: een nummer voor de dag kan alleen bij FREQ=MONTHLY`,
      `${bad.nth}${bad.day}: a number before the day only with FREQ=MONTHLY`,
    );
  return { freq: "weekly", step, days: uniqueSorted(days, (d) => dayIndex(d.day)).map((d) => d.day) };
}

const dayIndex = (d: Weekday) => WEEKDAYS.indexOf(d) + 1;
/** n*10 + ISO weekday for the n-th weekday of the month; -(10 + weekday) for the last. */
const monthCode = ({ nth, day }: { nth: Nth; day: Weekday }) =>
  nth === -1 ? -(10 + dayIndex(day)) : nth * 10 + dayIndex(day);

/** The rule written back as an RRULE (its one spelling: what we store and put in iCal feeds); null for once. */
export function formatRRule(rule: Rule): string | null {
  const interval = rule.freq !== "once" && rule.step > 1 ? `;INTERVAL=${rule.step}` : "";
  switch (rule.freq) {
    case "once":
      return null;
    case "weekly":
      return `FREQ=WEEKLY${interval};BYDAY=${rule.days.join(",")}`;
    case "monthly":
      return `FREQ=MONTHLY${interval};BYDAY=${rule.days.map((d) => `${d.nth}${d.day}`).join(",")}`;
  }
}

/** The rule's columns; a one-off has its date's weekday bit (the place indexes are per weekday: give `validFrom`). */
export function ruleColumns(rule: Rule, validFrom?: string): RuleColumns {
  switch (rule.freq) {
    case "once":
      return { freq: "once", step: 1, weekdays: validFrom ? 1 << (isoWeekday(validFrom) - 1) : 0, monthDays: [] };
    case "weekly":
      return {
        freq: "weekly",
        step: rule.step,
        weekdays: rule.days.reduce((bits, d) => bits | (1 << (dayIndex(d) - 1)), 0),
        monthDays: [],
      };
    case "monthly":
      return {
        freq: "monthly",
        step: rule.step,
        weekdays: rule.days.reduce((bits, d) => bits | (1 << (dayIndex(d.day) - 1)), 0),
        monthDays: rule.days.map(monthCode),
      };
  }
}
