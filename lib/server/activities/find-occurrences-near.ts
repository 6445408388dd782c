import "server-only";

import type pg from "pg";

import { isoWeekday } from "../../activities/rule";
import { Prisma } from "../../generated/prisma/client";
import { MAX_PROJECTED_RATIO } from "../search/find-nearest-facilities";
import { filterSql, OUTPUT, run, type NearQuery, type OccurrenceRow } from "./occurrence-sql";

// The dates of activities around a point (findOccurrences with a `near` scope).

const DAY_MS = 86_400_000;
const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * Around a point, a day at a time: every occurrence of a day starts before any of the next day's, so the days are
 * read in order until the page is full. Each day reads the activities within the radius from that weekday's partial
 * GiST index (`(weekdays & bit) <> 0`, written as a literal so the planner can match the index), tests the rule, and
 * joins facilities and the dates' exceptions only for the page's rows (a date moved away is left out by the day's
 * few moved ids; a moved one comes in at its new day).
 */
export async function findNear(pool: pg.Pool, q: NearQuery): Promise<OccurrenceRow[]> {
  const out: OccurrenceRow[] = [];
  for (let day = q.from; day <= q.to && out.length < q.limit; day = addDay(day)) {
    // A day that ends before the cursor's start has nothing after it (a day ends within 26 hours of its UTC midnight).
    if (q.after && Date.parse(`${day}T00:00:00Z`) + 2 * DAY_MS < q.after.t) continue;
    out.push(...(await nearDay(pool, q, day, q.limit - out.length)));
  }
  return out;
}

async function nearDay(pool: pg.Pool, q: NearQuery, day: string, limit: number): Promise<OccurrenceRow[]> {
  const { lat, lng } = q.scope.near;
  const r = q.scope.radiusM;
  const bit = 1 << (isoWeekday(day) - 1); // an integer 1…64 we computed: safe as SQL text
  const within = Prisma.sql`a.listed AND a.pt <@ circle(laea_3035(${lat}::float8, ${lng}::float8), ${r * MAX_PROJECTED_RATIO + 1}::float8)
    AND haversine_m(${lat}::float8, ${lng}::float8, a.lat, a.lng) <= ${r}::float8`;
  const filters = filterSql(q.filters);
  const wheelchair = q.filters?.wheelchair !== undefined;
  const facility = wheelchair ? Prisma.sql`JOIN facility f ON f.id = a.facility_id` : Prisma.empty;
  const ends = q.endsAfter ? Prisma.sql`AND c.ends > ${q.endsAfter}::timestamptz` : Prisma.empty;
  const after = q.after
    ? Prisma.sql`AND (c.starts, c.distance_m, c.id) > (${new Date(q.after.t)}::timestamptz, ${q.after.d}::float8, ${q.after.id}::uuid)`
    : Prisma.empty;
  const timed = (sm: Prisma.Sql, em: Prisma.Sql) => Prisma.sql`
      (${day}::date + make_interval(mins => ${sm})) AT TIME ZONE a.time_zone AS starts,
      (${day}::date + make_interval(mins => ${em})) AT TIME ZONE a.time_zone AS ends,
      haversine_m(${lat}::float8, ${lng}::float8, a.lat, a.lng) AS distance_m`;
  return run(
    pool,
    "occurrences-near",
    Prisma.sql`
    WITH c AS (
      SELECT a.id, a.facility_id, ${day}::date AS day, NULL::text AS moved, NULL::text AS moved_reason,
             NULL::date AS moved_from, ${timed(Prisma.sql`a.start_minute`, Prisma.sql`a.end_minute`)}
      FROM activity a ${facility}
      WHERE (a.weekdays & ${Prisma.raw(String(bit))}) <> 0 AND ${within}
        AND activity_on(a.freq, a.step, a.weekdays, a.month_days, a.valid_from, a.valid_until, ${day}::date)
        AND a.id <> ALL (ARRAY(SELECT x.activity_id FROM activity_exception x WHERE x.day = ${day}::date AND x.kind = 'moved'))
        ${filters}
      UNION ALL
      SELECT a.id, a.facility_id, e.new_day, 'moved', e.reason, e.day,
             ${timed(Prisma.sql`coalesce(e.new_start_minute, a.start_minute)`, Prisma.sql`coalesce(e.new_end_minute, a.end_minute)`)}
      FROM activity_exception e JOIN activity a ON a.id = e.activity_id ${facility}
      WHERE e.new_day = ${day}::date AND e.kind = 'moved' AND ${within} ${filters}
    ), page AS (
      SELECT c.*, c.id AS activity_id FROM c WHERE true ${ends} ${after}
      ORDER BY c.starts, c.distance_m, c.id LIMIT ${limit}
    ), o AS (
      -- The page's own exceptions (a cancelled date stays, marked), read for its rows only.
      SELECT page.*, coalesce(page.moved, e.kind) AS exception, coalesce(page.moved_reason, e.reason) AS reason
      FROM page LEFT JOIN activity_exception e
        ON page.moved IS NULL AND e.activity_id = page.activity_id AND e.day = page.day
    )
    ${OUTPUT}
    FROM o JOIN activity a ON a.id = o.activity_id JOIN facility f ON f.id = o.facility_id
    ORDER BY o.starts, o.distance_m, o.activity_id`,
  );
}
