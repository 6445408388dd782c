import "server-only";

import type pg from "pg";

import { isoWeekday } from "../../activities/rule";
import { Prisma } from "../../generated/prisma/client";
import { statementName } from "../listings/statement-name";
import { MAX_PROJECTED_RATIO } from "../search/find-nearest-facilities";

// The dates an activity happens on, found in SQL: the facilities in scope (within a radius of a point, by the GiST
// index on facility.pt; or one facility; or one organisation's), their activities, and for each day of the window the
// rule's test activity_on() (see the migration) — no occurrences are stored, so nothing has to be kept up to date.
// A moved date comes from its exception (at its new day and time); a cancelled one stays, marked. Sorted by start,
// then distance, then activity id, which is also the keyset of the cursor.

export type OccurrenceScope =
  { near: { lat: number; lng: number }; radiusM: number } | { facilityId: string } | { organizationId: string };

export type OccurrenceFilters = {
  kind?: string[];
  audience?: string[];
  free?: boolean;
  language?: string[];
  wheelchair?: boolean;
};

export type OccurrenceQuery = {
  scope: OccurrenceScope;
  from: string; // yyyy-mm-dd, inclusive
  to: string; // yyyy-mm-dd, inclusive
  filters?: OccurrenceFilters;
  /** only occurrences still going on after this instant (today's page leaves out what is over) */
  endsAfter?: Date;
  limit: number;
  after?: { t: number; d: number; id: string };
};

export type OccurrenceRow = {
  activity_id: string;
  name: string;
  summary: string;
  kind: string;
  cost: string;
  cost_text: string | null;
  registration: string;
  registration_text: string | null;
  languages: string[];
  audiences: string[];
  wheelchair: string;
  skip_holidays: boolean;
  time_zone: string;
  rrule: string | null;
  day: string;
  starts: Date;
  ends: Date;
  exception: "cancelled" | "moved" | null;
  reason: string | null;
  moved_from: string | null;
  facility_id: string;
  slug: string;
  facility_name: string;
  street: string;
  house_number: string;
  house_number_addition: string | null;
  postcode: string;
  place: string;
  lat: number;
  lng: number;
  distance_m: number;
};

function scopeSql(s: OccurrenceScope) {
  if ("near" in s) {
    const { lat, lng } = s.near;
    return {
      where: Prisma.sql`f.pt <@ circle(laea_3035(${lat}::float8, ${lng}::float8), ${s.radiusM * MAX_PROJECTED_RATIO + 1}::float8)
        AND haversine_m(${lat}::float8, ${lng}::float8, f.lat, f.lng) <= ${s.radiusM}::float8`,
      dist: Prisma.sql`haversine_m(${lat}::float8, ${lng}::float8, f.lat, f.lng)`,
    };
  }
  if ("facilityId" in s) return { where: Prisma.sql`f.id = ${s.facilityId}::uuid`, dist: Prisma.sql`0::float8` };
  return { where: Prisma.sql`f.operator_id = ${s.organizationId}::uuid`, dist: Prisma.sql`0::float8` };
}

function filterSql(f: OccurrenceFilters = {}) {
  const c: Prisma.Sql[] = [];
  if (f.kind?.length) c.push(Prisma.sql`a.kind = ANY(${f.kind}::text[])`);
  if (f.audience?.length) c.push(Prisma.sql`(a.audiences && ${f.audience}::text[] OR cardinality(a.audiences) = 0)`);
  if (f.free !== undefined) c.push(f.free ? Prisma.sql`a.cost = 'free'` : Prisma.sql`a.cost <> 'free'`);
  if (f.language?.length) c.push(Prisma.sql`a.languages && ${f.language}::text[]`);
  if (f.wheelchair !== undefined)
    c.push(
      f.wheelchair
        ? Prisma.sql`coalesce(a.wheelchair, f.wheelchair) = 'yes'`
        : Prisma.sql`coalesce(a.wheelchair, f.wheelchair) <> 'yes'`,
    );
  return c.length ? Prisma.sql`AND ${Prisma.join(c, " AND ")}` : Prisma.empty;
}

const OUTPUT = Prisma.sql`
    SELECT o.activity_id::text AS activity_id, a.name, a.summary, a.kind, a.cost::text AS cost, a.cost_text,
           a.registration, a.registration_text, a.languages, a.audiences,
           coalesce(a.wheelchair, f.wheelchair)::text AS wheelchair, a.skip_holidays, a.time_zone, a.rrule,
           to_char(o.day, 'YYYY-MM-DD') AS day, o.starts, o.ends, o.exception, o.reason,
           to_char(o.moved_from, 'YYYY-MM-DD') AS moved_from,
           f.id::text AS facility_id, f.slug, f.name AS facility_name, f.street, f.house_number,
           f.house_number_addition, f.postcode, f.place, f.lat, f.lng, o.distance_m`;

const run = async (pool: pg.Pool, prefix: string, sql: Prisma.Sql) =>
  (await pool.query<OccurrenceRow>({ name: statementName(prefix, sql.text), text: sql.text, values: sql.values })).rows;

export async function findOccurrences(pool: pg.Pool, q: OccurrenceQuery): Promise<OccurrenceRow[]> {
  if ("near" in q.scope) return findNear(pool, { ...q, scope: q.scope });
  const scope = scopeSql(q.scope);
  const filters = filterSql(q.filters);
  const ends = q.endsAfter ? Prisma.sql`AND o.ends > ${q.endsAfter}::timestamptz` : Prisma.empty;
  const after = q.after
    ? Prisma.sql`AND (o.starts, o.distance_m, o.activity_id) > (${new Date(q.after.t)}::timestamptz, ${q.after.d}::float8, ${q.after.id}::uuid)`
    : Prisma.empty;
  return run(
    pool,
    "occurrences",
    Prisma.sql`
    WITH f AS (
      SELECT f.id, f.slug, f.name, f.street, f.house_number, f.house_number_addition, f.postcode, f.place, f.lat, f.lng,
             f.wheelchair, ${scope.dist} AS distance_m
      FROM facility f
      WHERE f.status = 'active' AND ${scope.where}
    ), days AS (
      SELECT d::date AS day FROM generate_series(${q.from}::date, ${q.to}::date, interval '1 day') d
    ), occ AS (
      SELECT a.id, days.day, a.start_minute AS sm, a.end_minute AS em, e.kind AS exception, e.reason,
             NULL::date AS moved_from
      FROM f JOIN activity a ON a.facility_id = f.id
      JOIN days ON activity_on(a.freq, a.step, a.weekdays, a.month_days, a.valid_from, a.valid_until, days.day)
      LEFT JOIN activity_exception e ON e.activity_id = a.id AND e.day = days.day
      WHERE e.kind IS DISTINCT FROM 'moved' ${filters}
      UNION ALL
      SELECT a.id, e.new_day, coalesce(e.new_start_minute, a.start_minute), coalesce(e.new_end_minute, a.end_minute),
             'moved', e.reason, e.day
      FROM f JOIN activity a ON a.facility_id = f.id
      JOIN activity_exception e ON e.activity_id = a.id AND e.kind = 'moved'
        AND e.new_day BETWEEN ${q.from}::date AND ${q.to}::date
      WHERE true ${filters}
    ), o AS (
      SELECT occ.*, a.facility_id, f.distance_m, a.id AS activity_id,
             (occ.day + make_interval(mins => occ.sm)) AT TIME ZONE a.time_zone AS starts,
             (occ.day + make_interval(mins => occ.em)) AT TIME ZONE a.time_zone AS ends
      FROM occ JOIN activity a ON a.id = occ.id JOIN f ON f.id = a.facility_id
    )
    ${OUTPUT}
    FROM o JOIN activity a ON a.id = o.activity_id JOIN f ON f.id = o.facility_id
    WHERE true ${ends} ${after}
    ORDER BY o.starts, o.distance_m, o.activity_id
    LIMIT ${q.limit}`,
  );
}

const DAY_MS = 86_400_000;
const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * Around a point, a day at a time: every occurrence of a day starts before any of the next day's, so the days are
 * read in order until the page is full. Each day reads the activities within the radius from that weekday's partial
 * GiST index (`(weekdays & bit) <> 0`, written as a literal so the planner can match the index), tests the rule, and
 * joins facilities only for the page's rows.
 */
async function findNear(
  pool: pg.Pool,
  q: OccurrenceQuery & { scope: { near: { lat: number; lng: number }; radiusM: number } },
): Promise<OccurrenceRow[]> {
  const out: OccurrenceRow[] = [];
  for (let day = q.from; day <= q.to && out.length < q.limit; day = addDay(day)) {
    // A day that ends before the cursor's start has nothing after it (a day ends within 26 hours of its UTC midnight).
    if (q.after && Date.parse(`${day}T00:00:00Z`) + 2 * DAY_MS < q.after.t) continue;
    out.push(...(await nearDay(pool, q, day, q.limit - out.length)));
  }
  return out;
}

async function nearDay(
  pool: pg.Pool,
  q: OccurrenceQuery & { scope: { near: { lat: number; lng: number }; radiusM: number } },
  day: string,
  limit: number,
): Promise<OccurrenceRow[]> {
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
      SELECT a.id, a.facility_id, ${day}::date AS day, e.kind AS exception, e.reason, NULL::date AS moved_from,
             ${timed(Prisma.sql`a.start_minute`, Prisma.sql`a.end_minute`)}
      FROM activity a ${facility}
      LEFT JOIN activity_exception e ON e.activity_id = a.id AND e.day = ${day}::date
      WHERE (a.weekdays & ${Prisma.raw(String(bit))}) <> 0 AND ${within}
        AND activity_on(a.freq, a.step, a.weekdays, a.month_days, a.valid_from, a.valid_until, ${day}::date)
        AND e.kind IS DISTINCT FROM 'moved' ${filters}
      UNION ALL
      SELECT a.id, a.facility_id, e.new_day, 'moved', e.reason, e.day,
             ${timed(Prisma.sql`coalesce(e.new_start_minute, a.start_minute)`, Prisma.sql`coalesce(e.new_end_minute, a.end_minute)`)}
      FROM activity_exception e JOIN activity a ON a.id = e.activity_id ${facility}
      WHERE e.new_day = ${day}::date AND e.kind = 'moved' AND ${within} ${filters}
    ), o AS (
      SELECT c.*, c.id AS activity_id FROM c WHERE true ${ends} ${after}
      ORDER BY c.starts, c.distance_m, c.id LIMIT ${limit}
    )
    ${OUTPUT}
    FROM o JOIN activity a ON a.id = o.activity_id JOIN facility f ON f.id = o.facility_id
    ORDER BY o.starts, o.distance_m, o.activity_id`,
  );
}
