import "server-only";

import type pg from "pg";

import { publicHoliday } from "../../activities/holidays";
import { Prisma } from "../../generated/prisma/client";
import { statementName } from "../listings/statement-name";

// What an iCalendar feed needs of each activity in scope, in three queries: the activities with their facility and
// the first date their rule gives (activity_on() over the days from valid_from, as the occurrence finder tests days),
// their exceptions (with whether the rule gives that day at all), and the public holidays they skip. Only facilities
// the public sees (status active), like findOccurrences.

export type FeedScope = { facilityId: string } | { organizationId: string } | { activityIds: string[] };

export type FeedActivityRow = {
  id: string;
  name: string;
  summary: string;
  kind: string;
  cost: string;
  cost_text: string | null;
  registration: string;
  registration_text: string | null;
  organiser: string | null;
  rrule: string | null;
  start_minute: number;
  end_minute: number;
  valid_until: string | null;
  time_zone: string;
  sequence: number;
  updated_at: Date;
  first_day: string | null;
  slug: string;
  facility_name: string;
  street: string;
  house_number: string;
  house_number_addition: string | null;
  postcode: string;
  place: string;
  lat: number;
  lng: number;
};

export type FeedExceptionRow = {
  activity_id: string;
  day: string;
  kind: "cancelled" | "moved";
  reason: string | null;
  new_day: string | null;
  new_start_minute: number;
  new_end_minute: number;
  on_rule: boolean;
};

export type FeedData = {
  activities: FeedActivityRow[];
  exceptions: FeedExceptionRow[];
  /** activity id → the dates its rule gives that are public holidays it skips */
  holidays: Map<string, string[]>;
};

/** How far around `now` the skipped public holidays are listed (calendar days); subscribers refetch daily anyway. */
const HOLIDAYS_BACK = 366;
const HOLIDAYS_AHEAD = 2 * 366;
const ZONES = ["Europe/Amsterdam", "Europe/Brussels"];

const RULE = Prisma.sql`a.freq, a.step, a.weekdays, a.month_days, a.valid_from, a.valid_until`;

function scopeSql(s: FeedScope) {
  if ("facilityId" in s) return Prisma.sql`f.id = ${s.facilityId}::uuid`;
  if ("organizationId" in s) return Prisma.sql`f.operator_id = ${s.organizationId}::uuid`;
  return Prisma.sql`a.id = ANY(${s.activityIds}::uuid[])`;
}

/** Calendar days (yyyy-mm-dd) from `from` for `n` days: Date.UTC only numbers the days, no time zone is involved. */
function days(from: string, offset: number, n: number): string[] {
  const [y, m, d] = from.split("-").map(Number);
  return Array.from({ length: n }, (_, i) =>
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + offset + i)).toISOString().slice(0, 10),
  );
}

async function query<T extends pg.QueryResultRow>(pool: pg.Pool, name: string, sql: Prisma.Sql): Promise<T[]> {
  const { rows } = await pool.query<T>({ name: statementName(name, sql.text), text: sql.text, values: sql.values });
  return rows;
}

export async function loadIcalEvents(pool: pg.Pool, scope: FeedScope, today: string): Promise<FeedData> {
  // The first date: in the first two months (almost every rule), else the first 800 days (all but a rare "every 12
  // months on the 5th Thursday"), else ten years; COALESCE evaluates a later search only when the earlier found none.
  const first = (from: Prisma.Sql, to: Prisma.Sql) => Prisma.sql`(
    SELECT to_char(min(d)::date, 'YYYY-MM-DD')
    FROM generate_series(${from}, least(coalesce(a.valid_until, ${to}), ${to}), interval '1 day') d
    WHERE activity_on(${RULE}, d::date))`;
  const activities = await query<FeedActivityRow>(
    pool,
    "ical-activities",
    Prisma.sql`
    SELECT a.id::text AS id, a.name, a.summary, a.kind, a.cost::text AS cost, a.cost_text, a.registration,
           a.registration_text, coalesce(o.name, a.organiser_name) AS organiser, a.rrule, a.start_minute, a.end_minute,
           to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until, a.time_zone, a.sequence, a.updated_at,
           coalesce(${first(Prisma.sql`a.valid_from`, Prisma.sql`a.valid_from + 62`)},
                    ${first(Prisma.sql`a.valid_from + 63`, Prisma.sql`a.valid_from + 800`)},
                    ${first(Prisma.sql`a.valid_from + 801`, Prisma.sql`a.valid_from + 3660`)}) AS first_day,
           f.slug, f.name AS facility_name, f.street, f.house_number, f.house_number_addition, f.postcode, f.place,
           f.lat, f.lng
    FROM activity a JOIN facility f ON f.id = a.facility_id LEFT JOIN organization o ON o.id = a.organiser_id
    WHERE f.status = 'active' AND ${scopeSql(scope)}
    ORDER BY f.name, f.id, a.created_at, a.id`,
  );
  const ids = activities.map((a) => a.id);
  if (ids.length === 0) return { activities, exceptions: [], holidays: new Map() };
  const window = days(today, -HOLIDAYS_BACK, HOLIDAYS_BACK + HOLIDAYS_AHEAD + 1);
  const holidayDays = ZONES.flatMap((tz) => window.filter((d) => publicHoliday(d, tz)).map((d) => ({ tz, d })));
  const [exceptions, skipped] = await Promise.all([
    query<FeedExceptionRow>(
      pool,
      "ical-exceptions",
      Prisma.sql`
      SELECT e.activity_id::text AS activity_id, to_char(e.day, 'YYYY-MM-DD') AS day, e.kind, e.reason,
             to_char(e.new_day, 'YYYY-MM-DD') AS new_day, coalesce(e.new_start_minute, a.start_minute) AS new_start_minute,
             coalesce(e.new_end_minute, a.end_minute) AS new_end_minute, activity_on(${RULE}, e.day) AS on_rule
      FROM activity_exception e JOIN activity a ON a.id = e.activity_id
      WHERE e.activity_id = ANY(${ids}::uuid[])
      ORDER BY e.activity_id, e.day`,
    ),
    query<{ activity_id: string; day: string }>(
      pool,
      "ical-holidays",
      Prisma.sql`
      SELECT a.id::text AS activity_id, to_char(h.day, 'YYYY-MM-DD') AS day
      FROM activity a
      JOIN unnest(${holidayDays.map((h) => h.tz)}::text[], ${holidayDays.map((h) => h.d)}::date[]) AS h(tz, day)
        ON h.tz = a.time_zone
      WHERE a.id = ANY(${ids}::uuid[]) AND a.skip_holidays AND activity_on(${RULE}, h.day)
      ORDER BY a.id, h.day`,
    ),
  ]);
  const holidays = new Map<string, string[]>();
  for (const h of skipped) holidays.set(h.activity_id, [...(holidays.get(h.activity_id) ?? []), h.day]);
  return { activities, exceptions, holidays };
}
