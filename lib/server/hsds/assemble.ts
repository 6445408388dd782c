import "server-only";

import type { ServiceRow, TermRow } from "../../hsds/rows";
import { toOrganization, toService, toServiceDetail, toServiceFull, type ServiceParts } from "../../hsds/service";
import type { THsdsServiceDetail, THsdsServiceFull } from "../../schemas/hsds";
import {
  allTerms,
  byId,
  facilitiesById,
  listedSalsOfServices,
  organizationsById,
  servicesById,
  unique,
} from "./load-rows";
import type { Db } from "./sql";

// Services with what they nest, for a page (or an ndjson batch) at a time: the organisations, service_at_location
// rows, facilities and terms of all of them in one query each.

/** A list item: the service's own fields and its organisation's. */
export async function serviceListItems(db: Db, services: ServiceRow[]) {
  const orgs = byId(await organizationsById(db, unique(services.map((s) => s.organization_id))));
  return services.flatMap((s) => {
    const org = orgs.get(s.organization_id);
    return org ? [{ ...toService(s), organization: toOrganization(org) }] : [];
  });
}

/** Fully nested services (services/{id}), in the order given. */
export async function fullServices(db: Db, services: ServiceRow[], terms?: TermRow[]): Promise<THsdsServiceFull[]> {
  const ids = services.map((s) => s.id);
  const [orgRows, sals, termRows] = await Promise.all([
    organizationsById(db, unique(services.map((s) => s.organization_id))),
    listedSalsOfServices(db, ids),
    terms ? Promise.resolve(terms) : allTerms(db),
  ]);
  const facilities = byId(await facilitiesById(db, unique(sals.map((s) => s.facility_id))));
  const orgs = byId(orgRows);
  const termMap = new Map(termRows.map((t) => [t.code, t]));
  const atOf = new Map<string, ServiceParts["at"]>();
  for (const sal of sals) {
    const facility = facilities.get(sal.facility_id);
    if (!facility) continue;
    const list = atOf.get(sal.service_id);
    if (list) list.push({ sal, facility });
    else atOf.set(sal.service_id, [{ sal, facility }]);
  }
  return services.flatMap((s) => {
    const org = orgs.get(s.organization_id);
    return org ? [toServiceFull(s, { org, terms: termMap, at: atOf.get(s.id) ?? [] })] : [];
  });
}

export async function fullServicesById(db: Db, ids: string[]): Promise<THsdsServiceFull[]> {
  return fullServices(db, await servicesById(db, ids));
}

/** Services with all but their places (for service_at_locations/{id}), in the order given. */
export async function serviceDetails(db: Db, services: ServiceRow[]): Promise<THsdsServiceDetail[]> {
  const [orgRows, termRows] = await Promise.all([
    organizationsById(db, unique(services.map((s) => s.organization_id))),
    allTerms(db),
  ]);
  const orgs = byId(orgRows);
  const terms = new Map(termRows.map((t) => [t.code, t]));
  return services.flatMap((s) => {
    const org = orgs.get(s.organization_id);
    return org ? [toServiceDetail(s, { org, terms })] : [];
  });
}
