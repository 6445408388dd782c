import "server-only";

import type pg from "pg";

import { Prisma } from "../../generated/prisma/client";
import { statementName } from "../listings/statement-name";

// What the two ways of finding activity dates share (findOccurrences for a facility or an organisation, findNear
// around a point): the query's shape, the filters, the row, and how a statement runs.

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
  /** at most this many dates of each activity (a programme's "next dates"; facility and organisation scopes) */
  perActivity?: number;
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

export type NearQuery = OccurrenceQuery & { scope: { near: { lat: number; lng: number }; radiusM: number } };

export function filterSql(f: OccurrenceFilters = {}) {
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

/** The columns of an OccurrenceRow, from `o` (the occurrences), `a` (activity) and `f` (facility). */
export const OUTPUT = Prisma.sql`
    SELECT o.activity_id::text AS activity_id, a.name, a.summary, a.kind, a.cost::text AS cost, a.cost_text,
           a.registration, a.registration_text, a.languages, a.audiences,
           coalesce(a.wheelchair, f.wheelchair)::text AS wheelchair, a.skip_holidays, a.time_zone, a.rrule,
           to_char(o.day, 'YYYY-MM-DD') AS day, o.starts, o.ends, o.exception, o.reason,
           to_char(o.moved_from, 'YYYY-MM-DD') AS moved_from,
           f.id::text AS facility_id, f.slug, f.name AS facility_name, f.street, f.house_number,
           f.house_number_addition, f.postcode, f.place, f.lat, f.lng, o.distance_m`;

export const run = async (pool: pg.Pool, prefix: string, sql: Prisma.Sql) =>
  (await pool.query<OccurrenceRow>({ name: statementName(prefix, sql.text), text: sql.text, values: sql.values })).rows;
