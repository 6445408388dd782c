import "server-only";

import { Prisma } from "../../generated/prisma/client";
import type {
  ExternalRefRow,
  FacilityRow,
  OrganizationRow,
  ServiceAtLocationRow,
  ServiceRow,
  TermRow,
} from "../../hsds/rows";
import { LISTED, run, type Db } from "./sql";

// The rows the HSDS mapping reads (lib/hsds/rows.ts), by id: one query per kind, whatever the number of ids, so a
// page of 50 services with their organisations, locations and terms costs five queries, not hundreds.

/** A facility's columns, with its gemeente's name and province and its external ids (as JSON). */
export const FACILITY_COLUMNS = Prisma.sql`f.id, f.name, f.type::text AS type, f.description, f.street, f.house_number,
  f.house_number_addition, f.postcode, f.place, f.gemeente_code, g.name AS gemeente_name, g.province, f.lat, f.lng,
  f.phone, f.email, f.website, f.opening_hours, f.wheelchair::text AS wheelchair, f.operator_id, f.bag_id,
  coalesce((SELECT json_agg(json_build_object('key', r.key, 'source', r.source, 'licence', r.licence,
      'attribution', r.attribution, 'created_at', r.created_at) ORDER BY r.key)
    FROM external_ref r WHERE r.entity_type = 'facility' AND r.entity_id = f.id), '[]') AS refs`;
export const FACILITY_FROM = Prisma.sql`facility f LEFT JOIN gemeente g ON g.code = f.gemeente_code`;

export type RawFacility = Omit<FacilityRow, "refs"> & {
  refs: (Omit<ExternalRefRow, "created_at"> & { created_at: string })[];
};
export const facilityRow = (r: RawFacility): FacilityRow => ({
  ...r,
  refs: r.refs.map((x) => ({ ...x, created_at: new Date(x.created_at) })),
});

/** A service's columns; last_modified is the latest change of the service, its organisation and its locations. */
export const SERVICE_COLUMNS = Prisma.sql`sv.id, sv.organization_id, sv.name, sv.description, sv.languages,
  sv.cost::text AS cost, sv.cost_text, sv.access::text[] AS access, sv.eligibility, sv.email, sv.phone, sv.website,
  ARRAY(SELECT st.term_code FROM service_term st WHERE st.service_id = sv.id ORDER BY st.term_code) AS terms,
  greatest(sv.updated_at, org.updated_at, (SELECT max(greatest(l.updated_at, lf.updated_at))
    FROM service_at_location l JOIN facility lf ON lf.id = l.facility_id WHERE l.service_id = sv.id)) AS last_modified`;
export const SERVICE_FROM = Prisma.sql`service sv JOIN organization org ON org.id = sv.organization_id`;

export const ORGANIZATION_COLUMNS = Prisma.sql`o.id, o.slug, o.name, o.description, o.website, o.email, o.phone,
  o.kvk_number, o.updated_at,
  coalesce((SELECT json_agg(json_build_object('code', g.code, 'name', g.name) ORDER BY g.code)
    FROM gemeente g WHERE g.code = ANY(o.service_area)), '[]') AS service_area`;

export const SAL_COLUMNS = Prisma.sql`sal.id, sal.service_id, sal.facility_id, sal.note, sal.opening_hours`;

const none = <T>(): Promise<T[]> => Promise.resolve([]);

export const facilitiesById = async (db: Db, ids: string[]): Promise<FacilityRow[]> =>
  ids.length === 0
    ? none()
    : (
        await run<RawFacility>(
          db,
          "hsds-facilities",
          Prisma.sql`SELECT ${FACILITY_COLUMNS} FROM ${FACILITY_FROM} WHERE f.id = ANY(${ids}::uuid[])`,
        )
      ).map(facilityRow);

export const servicesById = (db: Db, ids: string[]): Promise<ServiceRow[]> =>
  ids.length === 0
    ? none()
    : run<ServiceRow>(
        db,
        "hsds-services",
        Prisma.sql`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE sv.id = ANY(${ids}::uuid[])`,
      );

export const organizationsById = (db: Db, ids: string[]): Promise<OrganizationRow[]> =>
  ids.length === 0
    ? none()
    : run<OrganizationRow>(
        db,
        "hsds-organizations",
        Prisma.sql`SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE o.id = ANY(${ids}::uuid[])`,
      );

/** The services' places that the public sees, per service by facility name. */
export const listedSalsOfServices = (db: Db, serviceIds: string[]): Promise<ServiceAtLocationRow[]> =>
  serviceIds.length === 0
    ? none()
    : run<ServiceAtLocationRow>(
        db,
        "hsds-sals-of-services",
        Prisma.sql`SELECT ${SAL_COLUMNS} FROM service_at_location sal JOIN facility f ON f.id = sal.facility_id
          WHERE sal.service_id = ANY(${serviceIds}::uuid[]) AND ${LISTED} ORDER BY sal.service_id, f.name, sal.id`,
      );

/** Every term, retired ones too (services and old links still name them), in the taxonomy's order. */
export const allTerms = (db: Db): Promise<TermRow[]> =>
  run<TermRow>(
    db,
    "hsds-terms",
    Prisma.sql`SELECT code, kind::text AS kind, label_nl, label_en FROM taxonomy_term ORDER BY sort_order, code`,
  );

/** Rows by id, for looking up what a page names. */
export const byId = <T extends { id: string }>(rows: T[]): Map<string, T> => new Map(rows.map((r) => [r.id, r]));

export const unique = (ids: (string | null)[]): string[] => [...new Set(ids.filter((x): x is string => x !== null))];
