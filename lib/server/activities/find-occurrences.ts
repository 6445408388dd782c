import "server-only";

import type pg from "pg";

import { Prisma } from "../../generated/prisma/client";
import { MAX_PROJECTED_RATIO } from "../search/find-nearest-facilities";
import { findNear } from "./find-occurrences-near";
import {
  filterSql,
  OUTPUT,
  run,
  type OccurrenceQuery,
  type OccurrenceRow,
  type OccurrenceScope,
} from "./occurrence-sql";

export type { OccurrenceFilters, OccurrenceQuery, OccurrenceRow, OccurrenceScope } from "./occurrence-sql";

// The dates an activity happens on, found in SQL: the facilities in scope (within a radius of a point, by the GiST
// index on facility.pt; or one facility; or one organisation's), their activities, and for each day of the window the
// rule's test activity_on() (see the migration) — no occurrences are stored, so nothing has to be kept up to date.
// A moved date comes from its exception (at its new day and time); a cancelled one stays, marked. Sorted by start,
// then distance, then activity id, which is also the keyset of the cursor.

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
    , ranked AS (
      SELECT o.*, row_number() OVER (PARTITION BY o.activity_id ORDER BY o.starts) AS nth
      FROM o WHERE true ${ends} ${after}
    )
    ${OUTPUT}
    FROM ranked o JOIN activity a ON a.id = o.activity_id JOIN f ON f.id = o.facility_id
    WHERE o.nth <= ${q.perActivity ?? 2_147_483_647}
    ORDER BY o.starts, o.distance_m, o.activity_id
    LIMIT ${q.limit}`,
  );
}
