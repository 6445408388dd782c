import "server-only";

import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

import { publicHoliday } from "../../activities/holidays";
import { parseRRule, ruleColumns } from "../../activities/rule";
import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import type { PreviewDate } from "../../forms/activity-form";
import { ZActivityItem, type TActivityItem } from "../../schemas/activity";
import { dateInZone } from "../../time";
import { timeZoneOfPostcode } from "../activities/write-programme";
import { editableProgramme } from "./programme-change";

// The form's "Voorbeeld bekijken": the next dates of a rule that is not saved yet, found by the same SQL test as the
// stored programme (activity_on() of the activities migration, per day), so the preview can never promise a date the
// facility page would not show. An activity that skips public holidays shows them cancelled, with the holiday's name,
// as the public pages do; the stored activity's own cancelled dates are shown as such.

/** Five years: a rule of every 12 months still gives five dates. */
const HORIZON_DAYS = 5 * 366;

export async function previewActivityDates(p: {
  rrule: string | null;
  validFrom: string;
  validUntil: string | null;
  start: string;
  end: string;
  skipHolidays: boolean;
  exceptions: TActivityItem["exceptions"];
  timeZone: string;
  lang: string;
  now?: Date;
  count?: number;
}): Promise<PreviewDate[]> {
  const now = p.now ?? new Date();
  const count = p.count ?? 5;
  const c = ruleColumns(parseRRule(p.rrule, p.validFrom));
  const today = dateInZone(now, p.timeZone);
  const rows = await getPrisma().$queryRaw<{ day: string }[]>`
    SELECT to_char(d, 'YYYY-MM-DD') AS day
    FROM generate_series(GREATEST(${today}::date, ${p.validFrom}::date),
                         LEAST(coalesce(${p.validUntil}::date, 'infinity'::date), ${today}::date + ${HORIZON_DAYS}::int),
                         interval '1 day') d
    WHERE activity_on(${c.freq}, ${c.step}::int, ${c.weekdays}::int, ${c.monthDays}::int[], ${p.validFrom}::date,
                      ${p.validUntil}::date, d::date)
    ORDER BY d
    LIMIT ${count + 1}`;
  // Today's, once it is over, is not "next" any more.
  const clock = format(new TZDate(now.getTime(), p.timeZone), "HH:mm");
  const exceptions = new Map(p.exceptions.map((e) => [e.date, e]));
  return rows
    .filter((r) => r.day !== today || p.end > clock)
    .slice(0, count)
    .map(({ day }) => {
      const own = exceptions.get(day);
      const holiday = p.skipHolidays ? publicHoliday(day, p.timeZone, p.lang) : null;
      // A moved date is not "gaat niet door" here (the form keeps moved dates; the API sets them).
      return {
        date: day,
        start: p.start,
        end: p.end,
        cancelled: own?.kind === "cancelled" || (own === undefined && holiday !== null),
        reason: own ? own.reason : holiday,
      };
    });
}

/**
 * The preview of an activity the form sent, for someone who may edit the facility: only its rule, times and dates are
 * checked (a name can come later), in the facility's time zone, with the activity's own cancelled dates.
 */
export async function previewActivity(opts: {
  actor: Actor | null;
  facilityId: string;
  activityId?: string;
  input: Record<string, unknown>;
  lang: string;
  now?: Date;
}): Promise<PreviewDate[]> {
  const { loaded, programme } = await editableProgramme(opts.actor, opts.facilityId);
  const { rrule, start_time, end_time, valid_from, valid_until, skip_holidays } = opts.input;
  // The rule's part of an activity, with a stand-in name and kind: the schema's checks across fields (the rule, end
  // after start, until after from) run only once every field is right.
  const a = ZActivityItem.parse({
    name: "Voorbeeld",
    kind: "overig",
    ...{ rrule, start_time, end_time, valid_from, valid_until, skip_holidays },
  });
  const before = opts.activityId ? programme.find((x) => x.id === opts.activityId) : undefined;
  return previewActivityDates({
    rrule: a.rrule,
    validFrom: a.valid_from,
    validUntil: a.valid_until,
    start: a.start_time,
    end: a.end_time,
    skipHolidays: a.skip_holidays,
    exceptions: before?.exceptions ?? [],
    timeZone: timeZoneOfPostcode(String(loaded.snapshot.postcode ?? "")),
    lang: opts.lang,
    ...(opts.now ? { now: opts.now } : {}),
  });
}
