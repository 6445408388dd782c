import "server-only";

import { Prisma } from "../../generated/prisma/client";
import { activitySchedules, type ActivityScheduleRow } from "../../hsds/activity-schedules";
import { locationAddress, locationPhones, locationSchedules, toLocation } from "../../hsds/location";
import type { FacilityRow, OrganizationRow, ServiceAtLocationRow, ServiceRow, TermRow } from "../../hsds/rows";
import {
  organizationPhones,
  salSchedules,
  serviceAttributes,
  servicePhones,
  toOrganization,
  toSal,
  toService,
} from "../../hsds/service";
import type { TableName } from "../../hsds/tabular";
import { TAXONOMY, toTaxonomyTerm } from "../../hsds/taxonomy";
import { publicBase } from "../../public-url";
import {
  FACILITY_COLUMNS,
  FACILITY_FROM,
  facilityRow,
  ORGANIZATION_COLUMNS,
  SAL_COLUMNS,
  SERVICE_COLUMNS,
  SERVICE_FROM,
  type RawFacility,
} from "../hsds/load-rows";
import { rowBatches } from "../hsds/paged";
import { LISTED, type Db } from "../hsds/sql";

// The rows of each table of the HSDS export, read by id 2,000 at a time (a table that collects several kinds of
// rows, such as phone, reads each kind in turn). Each pass selects only the columns its table needs.

type Row = Record<string, unknown>;
type Rows = AsyncIterable<Row[]>;
type Batches<R> = AsyncIterable<R[]>;

async function* mapped<R>(batches: Batches<R>, f: (r: R) => Row[]): Rows {
  for await (const rows of batches) yield rows.flatMap(f);
}
async function* concat(...parts: (() => Rows)[]): Rows {
  for (const part of parts) yield* part();
}
async function* once(rows: Row[]): Rows {
  yield rows;
}

const sql = Prisma.sql;
const ALL = sql`true`;
const facility = { from: FACILITY_FROM, id: sql`f.id` };
const salAtListed = { from: sql`service_at_location sal JOIN facility f ON f.id = sal.facility_id`, id: sql`sal.id` };
const organization = { from: sql`organization o`, id: sql`o.id`, where: ALL };
const service = { from: SERVICE_FROM, id: sql`sv.id`, where: ALL };

async function* facilities(db: Db): Batches<FacilityRow> {
  for await (const rows of rowBatches<RawFacility>(db, { ...facility, where: LISTED }, FACILITY_COLUMNS))
    yield rows.map(facilityRow);
}

const SOURCES: Record<TableName, (db: Db, terms: TermRow[]) => Rows> = {
  organization: (db) =>
    mapped(rowBatches<OrganizationRow>(db, organization, ORGANIZATION_COLUMNS), (o) => [toOrganization(o)]),
  service: (db) => mapped(rowBatches<ServiceRow>(db, service, SERVICE_COLUMNS), (s) => [toService(s)]),
  location: (db) => mapped(facilities(db), (f) => [toLocation(f)]),
  address: (db) => mapped(facilities(db), (f) => [locationAddress(f)]),
  phone: (db) =>
    concat(
      () =>
        mapped(
          rowBatches<Pick<OrganizationRow, "id" | "phone">>(
            db,
            { ...organization, where: sql`o.phone IS NOT NULL` },
            sql`o.id, o.phone`,
          ),
          organizationPhones,
        ),
      () =>
        mapped(
          rowBatches<Pick<ServiceRow, "id" | "phone">>(
            db,
            { ...service, where: sql`sv.phone IS NOT NULL` },
            sql`sv.id, sv.phone`,
          ),
          servicePhones,
        ),
      () =>
        mapped(
          rowBatches<Pick<FacilityRow, "id" | "phone">>(
            db,
            { ...facility, where: sql`${LISTED} AND f.phone IS NOT NULL` },
            sql`f.id, f.phone`,
          ),
          locationPhones,
        ),
    ),
  schedule: (db) =>
    concat(
      () =>
        mapped(
          rowBatches<Pick<FacilityRow, "id" | "opening_hours">>(
            db,
            { ...facility, where: sql`${LISTED} AND f.opening_hours IS NOT NULL` },
            sql`f.id, f.opening_hours`,
          ),
          locationSchedules,
        ),
      () =>
        mapped(
          rowBatches<ServiceAtLocationRow>(
            db,
            { ...salAtListed, where: sql`${LISTED} AND sal.opening_hours IS NOT NULL` },
            SAL_COLUMNS,
          ),
          salSchedules,
        ),
      () =>
        mapped(
          rowBatches<ActivityScheduleRow>(
            db,
            { from: sql`activity a JOIN facility f ON f.id = a.facility_id`, id: sql`a.id`, where: LISTED },
            sql`a.id::text AS id, a.facility_id::text AS facility_id, f.slug, a.name, a.rrule,
              to_char(make_time(a.start_minute / 60, a.start_minute % 60, 0), 'HH24:MI') AS start_time,
              to_char(make_time(a.end_minute / 60, a.end_minute % 60, 0), 'HH24:MI') AS end_time,
              to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until`,
          ),
          (a) => activitySchedules(a, new URL(`/api/v1/facilities/${a.slug}/activities.ics`, publicBase()).href),
        ),
    ),
  service_at_location: (db) =>
    mapped(rowBatches<ServiceAtLocationRow>(db, { ...salAtListed, where: LISTED }, SAL_COLUMNS), (s) => [toSal(s)]),
  taxonomy: () => once([TAXONOMY]),
  taxonomy_term: (_db, terms) => once(terms.map((t) => toTaxonomyTerm(t))),
  attribute: (db, terms) => {
    const byCode = new Map(terms.map((t) => [t.code, t]));
    return mapped(
      rowBatches<Pick<ServiceRow, "id" | "terms">>(
        db,
        { from: sql`service sv`, id: sql`sv.id`, where: ALL },
        sql`sv.id, ARRAY(SELECT st.term_code FROM service_term st WHERE st.service_id = sv.id ORDER BY st.term_code) AS terms`,
      ),
      (s) => serviceAttributes(s, byCode, { nested: false }),
    );
  },
};

export const tableRows = (db: Db, table: TableName, terms: TermRow[]): Rows => SOURCES[table](db, terms);
