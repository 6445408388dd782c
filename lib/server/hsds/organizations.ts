import "server-only";

import type pg from "pg";

import { Prisma } from "../../generated/prisma/client";
import { toLocationFull } from "../../hsds/location";
import { toPage } from "../../hsds/page";
import type { ServiceRow } from "../../hsds/rows";
import { toOrganization, toOrganizationWithContacts, toService } from "../../hsds/service";
import { parseAnswer } from "../../schemas/answer";
import { ZHsdsOrganization, ZHsdsOrganizationFull } from "../../schemas/hsds";
import type { THsdsOrganizationsQuery } from "../../schemas/hsds-query";
import { fullServices } from "./assemble";
import {
  FACILITY_COLUMNS,
  FACILITY_FROM,
  facilityRow,
  organizationsById,
  SERVICE_COLUMNS,
  SERVICE_FROM,
  type RawFacility,
} from "./load-rows";
import { filterKey, idBatches, inOrder, ndjsonLines, pageIds, type Listing } from "./paged";
import { all, containsPattern, LISTED, run, type Db } from "./sql";

// GET /api/hsds/organizations (id order; text in the name or description; changed since) and organizations/{id}:
// the organisation with its phone and KvK number, the facilities it runs (as full locations) and its services.

function listing(q: THsdsOrganizationsQuery): Listing {
  const conds: Prisma.Sql[] = [];
  if (q.search) {
    const p = containsPattern(q.search);
    conds.push(Prisma.sql`(o.name ILIKE ${p} OR o.description ILIKE ${p})`);
  }
  if (q.modified_after) conds.push(Prisma.sql`o.updated_at >= ${q.modified_after}`);
  return {
    key: `organizations:${filterKey(q)}`,
    from: Prisma.sql`organization o`,
    id: Prisma.sql`o.id`,
    where: all(conds),
  };
}

const items = async (db: Db, ids: string[]) =>
  inOrder(ids, await organizationsById(db, ids)).map((o) => parseAnswer(ZHsdsOrganization, toOrganization(o)));

export async function organizationsPage(pool: pg.Pool, q: THsdsOrganizationsQuery) {
  const { ids, total } = await pageIds(pool, listing(q), q);
  return toPage(await items(pool, ids), total, q);
}

export async function* organizationsNdjson(pool: pg.Pool, q: THsdsOrganizationsQuery): AsyncGenerator<string> {
  for await (const ids of idBatches(pool, listing(q))) yield ndjsonLines(await items(pool, ids));
}

/** organizations/{id}, or null. `fullService`: each service fully nested (else its own fields only). */
export async function organizationDetail(pool: pg.Pool, id: string, fullService: boolean) {
  const [org] = await organizationsById(pool, [id]);
  if (!org) return null;
  const [facilities, services] = await Promise.all([
    run<RawFacility>(
      pool,
      "hsds-org-facilities",
      Prisma.sql`SELECT ${FACILITY_COLUMNS} FROM ${FACILITY_FROM}
        WHERE f.operator_id = ${id}::uuid AND ${LISTED} ORDER BY f.name, f.id`,
    ),
    run<ServiceRow>(
      pool,
      "hsds-org-services",
      Prisma.sql`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE sv.organization_id = ${id}::uuid
        ORDER BY sv.name, sv.id`,
    ),
  ]);
  return parseAnswer(ZHsdsOrganizationFull, {
    ...toOrganizationWithContacts(org),
    locations: facilities.map((f) => toLocationFull(facilityRow(f))),
    services: fullService ? await fullServices(pool, services) : services.map(toService),
  });
}
