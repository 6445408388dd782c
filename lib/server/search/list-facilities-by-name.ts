import "server-only";

import type pg from "pg";

import { Prisma } from "../../generated/prisma/client";
import { statementName } from "../listings/statement-name";
import { filterSql, LIST_COLUMNS, searchTerms, type FacilityFilters, type ListRow } from "./facility-filters";

// Facilities matching the filters, alphabetically (used when no origin is given).
export async function listFacilitiesByName(
  pool: pg.Pool,
  filters: FacilityFilters,
  page: { limit: number; after?: { n: string; id: string } },
): Promise<ListRow[]> {
  const after = page.after ? Prisma.sql`AND (f.name, f.id) > (${page.after.n}, ${page.after.id}::uuid)` : Prisma.empty;
  const q = Prisma.sql`
    SELECT ${LIST_COLUMNS}, (SELECT s0.service_terms FROM facility_search s0 WHERE s0.facility_id = f.id AND s0.term = '') AS service_terms
    FROM facility f
    WHERE f.id IN (SELECT s.facility_id FROM facility_search s WHERE s.term = ANY(${searchTerms(filters)}::text[]) ${filterSql(filters)})
      ${after}
    ORDER BY f.name, f.id LIMIT ${page.limit}`;
  const { rows } = await pool.query<ListRow>({
    name: statementName("by-name", q.text),
    text: q.text,
    values: q.values,
  });
  return rows;
}
