import "server-only";

import type pg from "pg";

import { Prisma } from "../../generated/prisma/client";
import { TAXONOMY_ID, termId } from "../../hsds/ids";
import { toPage } from "../../hsds/page";
import type { ServiceRow, TermRow } from "../../hsds/rows";
import { parseAnswer } from "../../schemas/answer";
import { ZHsdsServiceFull, ZHsdsServiceListItem, ZHsdsServiceMinimal } from "../../schemas/hsds";
import type { THsdsServicesQuery } from "../../schemas/hsds-query";
import { fullServices, serviceListItems } from "./assemble";
import { allTerms, SERVICE_FROM, servicesById } from "./load-rows";
import { filterKey, idBatches, inOrder, ndjsonLines, pageIds, type Listing } from "./paged";
import { all, containsPattern, type Db } from "./sql";

// GET /api/hsds/services: services (every service of every organisation, also one offered nowhere at the moment) in
// id order, filtered by text, taxonomy term, organisation and last change; a page, or all of them as ndjson.

export type ServiceFilters = Pick<
  THsdsServicesQuery,
  "search" | "taxonomy_term_id" | "taxonomy_id" | "organization_id" | "modified_after"
>;

/** The code behind a term id, or null for an id that is not one of ours. */
export const codeOfTermId = (terms: TermRow[], id: string): string | null =>
  terms.find((t) => termId(t.code) === id.toLowerCase())?.code ?? null;

/** A service's last change (its own, its organisation's, or one of its places') at or after `since`. */
export const changedSince = (since: Date): Prisma.Sql =>
  Prisma.sql`(sv.updated_at >= ${since} OR org.updated_at >= ${since} OR sv.id IN (
    SELECT l.service_id FROM service_at_location l JOIN facility lf ON lf.id = l.facility_id
    WHERE l.updated_at >= ${since} OR lf.updated_at >= ${since}))`;

/** Conditions on `sv` (service) and `org` (its organisation); null when no service can match (an unknown term or
 *  taxonomy). */
export function serviceConditions(q: ServiceFilters, terms: TermRow[]): Prisma.Sql[] | null {
  const conds: Prisma.Sql[] = [];
  if (q.search) {
    const p = containsPattern(q.search);
    conds.push(Prisma.sql`(sv.name ILIKE ${p} OR sv.description ILIKE ${p} OR org.name ILIKE ${p})`);
  }
  if (q.taxonomy_term_id) {
    const code = codeOfTermId(terms, q.taxonomy_term_id);
    if (!code) return null;
    conds.push(Prisma.sql`sv.id IN (SELECT st.service_id FROM service_term st WHERE st.term_code = ${code})`);
  }
  if (q.taxonomy_id) {
    if (q.taxonomy_id.toLowerCase() !== TAXONOMY_ID) return null;
    conds.push(Prisma.sql`EXISTS (SELECT 1 FROM service_term st WHERE st.service_id = sv.id)`);
  }
  if (q.organization_id) conds.push(Prisma.sql`sv.organization_id = ${q.organization_id}::uuid`);
  if (q.modified_after) conds.push(changedSince(q.modified_after));
  return conds;
}

function listing(q: THsdsServicesQuery, terms: TermRow[]): Listing | null {
  const conds = serviceConditions(q, terms);
  if (!conds) return null;
  const where = all(conds);
  // The organisation is joined only when a condition names it (a deep page's offset walks every skipped row).
  const from = /\borg\./.test(where.text) ? SERVICE_FROM : Prisma.sql`service sv`;
  return { key: `services:${filterKey(q)}`, from, id: Prisma.sql`sv.id`, where };
}

/** The items for rows, in the shape the query asks for, each parsed by its output schema. */
async function items(db: Db, q: THsdsServicesQuery, rows: ServiceRow[], terms: TermRow[]): Promise<unknown[]> {
  if (q.minimal)
    return rows.map((s) =>
      parseAnswer(ZHsdsServiceMinimal, { id: s.id, last_modified: s.last_modified.toISOString() }),
    );
  if (q.full) return (await fullServices(db, rows, terms)).map((s) => parseAnswer(ZHsdsServiceFull, s));
  return (await serviceListItems(db, rows)).map((s) => parseAnswer(ZHsdsServiceListItem, s));
}

export async function servicesPage(pool: pg.Pool, q: THsdsServicesQuery) {
  const terms = await allTerms(pool);
  const l = listing(q, terms);
  if (!l) return toPage([], 0, q);
  const { ids, total } = await pageIds(pool, l, q);
  return toPage(await items(pool, q, inOrder(ids, await servicesById(pool, ids)), terms), total, q);
}

export async function* servicesNdjson(pool: pg.Pool, q: THsdsServicesQuery): AsyncGenerator<string> {
  const terms = await allTerms(pool);
  const l = listing(q, terms);
  if (!l) return;
  for await (const ids of idBatches(pool, l, q.full ? 100 : 500))
    yield ndjsonLines(await items(pool, q, inOrder(ids, await servicesById(pool, ids)), terms));
}

/** services/{id}, or null. */
export async function serviceDetail(pool: pg.Pool, id: string) {
  const [s] = await fullServices(pool, await servicesById(pool, [id]));
  return s ? parseAnswer(ZHsdsServiceFull, s) : null;
}
