import { TZDate } from "@date-fns/tz";

import { contentLine, escapeText, joinLines } from "./ical-text";

// A programme as an iCalendar feed (RFC 5545) that calendar apps subscribe to: one VEVENT per activity with its
// stored RRULE, starting at the rule's first date in the activity's own time zone (DTSTART;TZID, so 10:00 stays 10:00
// across the DST changes), with the VTIMEZONE it names. A date that does not happen is an EXDATE; a moved date is an
// overriding VEVENT with the same UID and the original start as RECURRENCE-ID. UID, SEQUENCE and LAST-MODIFIED come
// from the activity, and DTSTAMP is its last change too: the same programme gives the same bytes (ETag, CDN caches).
// Pure: the caller (lib/server/activities/ical-feed.ts) finds the dates and writes the words.

/** A date (yyyy-mm-dd) with wall-clock start and end in minutes after midnight. */
export type LocalTime = { date: string; startMinute: number; endMinute: number };

export type IcalException = {
  date: string;
  kind: "cancelled" | "moved";
  /** whether the rule gives `date` at all (an exception on another day only adds a moved date, or nothing) */
  onRule: boolean;
  /** where a moved date went */
  to: LocalTime | null;
  /** a line for the moved date's DESCRIPTION, or a cancelled one-off's ("Verplaatst van …: reason") */
  note: string | null;
};

export type IcalEvent = {
  id: string;
  name: string;
  /** the DESCRIPTION's lines, in the feed's language */
  description: string[];
  categories: string[];
  timeZone: string;
  /** the stored RRULE without DTSTART or UNTIL; null: once, on `first.date` */
  rrule: string | null;
  validUntil: string | null;
  /** the first date the rule gives, at the activity's times */
  first: LocalTime;
  exceptions: IcalException[];
  /** dates the rule gives that are public holidays the activity skips */
  holidays: string[];
  sequence: number;
  updatedAt: Date;
  location: string;
  geo: { lat: number; lng: number } | null;
  url: string;
};

export type IcalCalendar = {
  name: string;
  /** the host of the public URL: UIDs are `<activity id>@<host>` */
  host: string;
  events: IcalEvent[];
  /** how often subscribers should fetch again (ISO 8601 duration) */
  refresh?: string;
};

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const compactDate = (date: string) => date.replaceAll("-", "");
/** Wall-clock date and time, for DTSTART;TZID=…: 20260329T100000. */
const localStamp = (date: string, minute: number) =>
  `${compactDate(date)}T${pad(Math.floor(minute / 60))}${pad(minute % 60)}00`;
/** An instant in UTC: 20261215T225959Z. */
const utcStamp = (at: Date) => `${at.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

/** The last second of `date` where the activity is, in UTC: RFC 5545 wants UNTIL in UTC when DTSTART has a TZID. */
function untilStamp(date: string, timeZone: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return utcStamp(new Date(new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, 23, 59, 59, timeZone).getTime()));
}

// Both zones have kept the EU rule since 1996 (last Sunday of March 02:00 → CEST, last Sunday of October 03:00 → CET);
// the rules from 1970 are what every calendar app reads for the dates a programme has.
const CET_ZONES = new Set(["Europe/Amsterdam", "Europe/Brussels"]);
const vtimezone = (tzid: string) => [
  "BEGIN:VTIMEZONE",
  `TZID:${tzid}`,
  `X-LIC-LOCATION:${tzid}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

function times(e: IcalEvent, t: LocalTime): string[] {
  return [
    contentLine("DTSTART", localStamp(t.date, t.startMinute), { TZID: e.timeZone }),
    contentLine("DTEND", localStamp(t.date, t.endMinute), { TZID: e.timeZone }),
  ];
}

/** What the master and its overrides share. */
function common(e: IcalEvent, uid: string, note: string | null): string[] {
  const description = [...(note ? [note] : []), ...e.description].join("\n");
  return [
    contentLine("UID", uid),
    contentLine("DTSTAMP", utcStamp(e.updatedAt)),
    contentLine("SEQUENCE", String(e.sequence)),
    contentLine("LAST-MODIFIED", utcStamp(e.updatedAt)),
    contentLine("SUMMARY", escapeText(e.name)),
    ...(description ? [contentLine("DESCRIPTION", escapeText(description))] : []),
    ...(e.categories.length ? [contentLine("CATEGORIES", e.categories.map(escapeText).join(","))] : []),
    contentLine("LOCATION", escapeText(e.location)),
    ...(e.geo ? [contentLine("GEO", `${e.geo.lat.toFixed(6)};${e.geo.lng.toFixed(6)}`)] : []),
    contentLine("URL", e.url, { VALUE: "URI" }),
  ];
}

function vevents(e: IcalEvent, host: string): string[] {
  const uid = `${e.id}@${host}`;
  const tz = { TZID: e.timeZone };
  const start = (date: string) => localStamp(date, e.first.startMinute);
  const onFirst = e.rrule === null ? e.exceptions.find((x) => x.date === e.first.date && x.onRule) : undefined;
  // A one-off has no dates to exclude: moved, it simply starts elsewhere; cancelled, it is STATUS:CANCELLED (a
  // one-off whose only date is an EXDATE is shown anyway by several apps).
  const master = onFirst?.kind === "moved" && onFirst.to ? onFirst.to : e.first;
  const cancelled =
    e.rrule === null &&
    onFirst?.kind !== "moved" &&
    (onFirst?.kind === "cancelled" || e.holidays.includes(e.first.date));
  const moved = e.exceptions.filter((x) => x.kind === "moved" && x.to && x !== onFirst);
  const movedDays = new Set(moved.map((x) => x.date));
  const exdates =
    e.rrule === null
      ? []
      : [
          ...new Set([
            ...e.exceptions.filter((x) => x.kind === "cancelled" && x.onRule).map((x) => x.date),
            ...e.holidays.filter((d) => !movedDays.has(d)),
          ]),
        ].sort();
  // A date moved from a day the rule does not give is an extra date (RDATE) that its override then moves.
  const rdates = moved.filter((x) => !x.onRule).map((x) => x.date);
  const rrule = e.rrule?.replace(/^RRULE:/i, "");
  const out = [
    "BEGIN:VEVENT",
    ...common(e, uid, cancelled ? (onFirst?.note ?? null) : null),
    ...times(e, master),
    ...(rrule
      ? [contentLine("RRULE", e.validUntil ? `${rrule};UNTIL=${untilStamp(e.validUntil, e.timeZone)}` : rrule)]
      : []),
    ...(rdates.length ? [contentLine("RDATE", rdates.map(start).join(","), tz)] : []),
    ...(exdates.length ? [contentLine("EXDATE", exdates.map(start).join(","), tz)] : []),
    ...(cancelled ? ["STATUS:CANCELLED"] : []),
    "END:VEVENT",
  ];
  for (const x of moved) {
    if (!x.to) continue;
    out.push(
      "BEGIN:VEVENT",
      ...common(e, uid, x.note),
      contentLine("RECURRENCE-ID", start(x.date), tz),
      ...times(e, x.to),
      "END:VEVENT",
    );
  }
  return out;
}

/** The feed's text (CRLF lines, folded). */
export function buildCalendar(cal: IcalCalendar): string {
  const zones = [...new Set(cal.events.map((e) => e.timeZone))].sort();
  for (const z of zones) if (!CET_ZONES.has(z)) throw new Error(`no VTIMEZONE for ${z}`);
  const refresh = cal.refresh ?? "PT6H";
  return joinLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Buurtwijzer//Activiteiten//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    contentLine("X-WR-CALNAME", escapeText(cal.name)),
    contentLine("NAME", escapeText(cal.name)),
    contentLine("X-WR-TIMEZONE", zones[0] ?? "Europe/Amsterdam"),
    contentLine("REFRESH-INTERVAL", refresh, { VALUE: "DURATION" }),
    contentLine("X-PUBLISHED-TTL", refresh),
    ...zones.flatMap(vtimezone),
    ...cal.events.flatMap((e) => vevents(e, cal.host)),
    "END:VCALENDAR",
  ]);
}
