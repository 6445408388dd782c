import { TZDate } from "@date-fns/tz";

import type { TActivityItem } from "../schemas/activity";
import { isoInZone } from "../time/zoned";
import { parseRRule, type Rule, type Weekday } from "./rule";

// A facility's activities as schema.org Events for its page's JSON-LD: a recurring one carries its rule as an
// eventSchedule (Schedule: byDay as schema.org day URLs, repeatFrequency P1W/P2W/P1M, the n-th weekdays of a month as
// byMonthWeek, times in the facility's zone as scheduleTimezone, cancelled dates as exceptDate); a one-off has its
// start and end with the zone's offset. Pure: the page passes what it already read (getProgramme).

const DAY_URL: Record<Weekday, string> = {
  MO: "https://schema.org/Monday",
  TU: "https://schema.org/Tuesday",
  WE: "https://schema.org/Wednesday",
  TH: "https://schema.org/Thursday",
  FR: "https://schema.org/Friday",
  SA: "https://schema.org/Saturday",
  SU: "https://schema.org/Sunday",
};

export type JsonLdFacility = {
  name: string;
  /** the facility page's absolute URL */
  url: string;
  address: {
    street: string;
    house_number: string;
    house_number_addition: string | null;
    postcode: string;
    place: string;
  };
  lat: number;
  lng: number;
  /** the zone its activities' times are in (Europe/Brussels for a Flemish one) */
  timeZone?: string;
  /** who runs it: the organizer of activities that name no organiser of their own */
  operator?: { name: string; url?: string } | null;
};

export type JsonLdActivity = {
  activity: TActivityItem & { id: string };
  /** the next dates, as getProgramme gives them: a cancelled one (also a skipped holiday) becomes an exceptDate */
  next?: { date: string; start: string; end: string; cancelled: boolean }[];
};

/** An instant of a wall-clock time where the activity is, with that zone's offset: 2026-07-04T14:00:00+02:00. */
function zoned(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const at = new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, timeZone);
  return isoInZone(new Date(at.getTime()), timeZone);
}

/** ISO 8601 duration between two "HH:MM" of one day: PT2H, PT1H30M. */
function duration(start: string, end: string): string {
  const mins = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const total = mins(end) - mins(start);
  const [h, m] = [Math.floor(total / 60), total % 60];
  return `PT${h ? `${h}H` : ""}${m || !h ? `${m}M` : ""}`;
}

/** The rule as Schedules' day parts: one per set of weeks of the month (1TU,3TU,1TH → Tu+Th in weeks 1,3 … ). */
function dayParts(rule: Exclude<Rule, { freq: "once" }>): { byDay: string[]; byMonthWeek?: number[] }[] {
  if (rule.freq === "weekly") return [{ byDay: rule.days.map((d) => DAY_URL[d]) }];
  const weeks = new Map<Weekday, number[]>();
  for (const { nth, day } of rule.days) weeks.set(day, [...(weeks.get(day) ?? []), nth]);
  const bySet = new Map<string, { byDay: string[]; byMonthWeek: number[] }>();
  for (const [day, nths] of weeks) {
    const k = nths.join(",");
    const part = bySet.get(k) ?? { byDay: [], byMonthWeek: nths };
    part.byDay.push(DAY_URL[day]);
    bySet.set(k, part);
  }
  return [...bySet.values()];
}

function schedules(a: TActivityItem, rule: Exclude<Rule, { freq: "once" }>, timeZone: string, except: string[]) {
  return dayParts(rule).map((part) => ({
    "@type": "Schedule",
    ...part,
    repeatFrequency: `P${rule.step}${rule.freq === "weekly" ? "W" : "M"}`,
    startDate: a.valid_from,
    ...(a.valid_until ? { endDate: a.valid_until } : {}),
    startTime: a.start_time,
    endTime: a.end_time,
    duration: duration(a.start_time, a.end_time),
    scheduleTimezone: timeZone,
    ...(except.length ? { exceptDate: except } : {}),
  }));
}

/** A one-off's start and end; moved: rescheduled, with the start it had; cancelled: EventCancelled. */
function oneOff(x: TActivityItem, timeZone: string) {
  const ex = x.exceptions.find((e) => e.date === x.valid_from);
  const at = (date: string, start: string, end: string) => ({
    startDate: zoned(date, start, timeZone),
    endDate: zoned(date, end, timeZone),
  });
  if (ex?.kind === "moved" && ex.new_date)
    return {
      ...at(ex.new_date, ex.new_start_time ?? x.start_time, ex.new_end_time ?? x.end_time),
      eventStatus: "https://schema.org/EventRescheduled",
      previousStartDate: zoned(x.valid_from, x.start_time, timeZone),
    };
  return {
    ...at(x.valid_from, x.start_time, x.end_time),
    ...(ex?.kind === "cancelled" ? { eventStatus: "https://schema.org/EventCancelled" } : {}),
  };
}

export function activitiesJsonLd(facility: JsonLdFacility, items: JsonLdActivity[]): Record<string, unknown>[] {
  const timeZone = facility.timeZone ?? "Europe/Amsterdam";
  const a = facility.address;
  const location = {
    "@type": "Place",
    name: facility.name,
    address: {
      "@type": "PostalAddress",
      streetAddress: `${a.street} ${a.house_number}${a.house_number_addition ?? ""}`,
      postalCode: a.postcode,
      addressLocality: a.place,
      addressCountry: timeZone === "Europe/Brussels" ? "BE" : "NL",
    },
    geo: { "@type": "GeoCoordinates", latitude: facility.lat, longitude: facility.lng },
  };
  return items.map(({ activity: x, next = [] }) => {
    const rule = parseRRule(x.rrule, x.valid_from);
    const organizer = x.organiser_name
      ? { "@type": "Organization", name: x.organiser_name }
      : facility.operator
        ? { "@type": "Organization", ...facility.operator }
        : undefined;
    // A moved date does not happen on its own day either; the schedule cannot hold the extra date it moved to.
    const except = [
      ...new Set([...x.exceptions.map((e) => e.date), ...next.filter((n) => n.cancelled).map((n) => n.date)]),
    ].sort();
    const upcoming = next.find((n) => !n.cancelled);
    const when =
      rule.freq === "once"
        ? oneOff(x, timeZone)
        : {
            ...(upcoming ? { startDate: upcoming.start, endDate: upcoming.end } : {}),
            eventSchedule: schedules(x, rule, timeZone, except),
          };
    return {
      "@context": "https://schema.org",
      "@type": "Event",
      "@id": `${facility.url}#activiteit-${x.id}`,
      name: x.name,
      ...(x.summary ? { description: x.summary } : {}),
      url: facility.url,
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      ...when,
      location,
      ...(organizer ? { organizer } : {}),
      isAccessibleForFree: x.cost === "free",
      ...(x.languages.length ? { inLanguage: x.languages } : {}),
    };
  });
}
