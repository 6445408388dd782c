import "server-only";

import type pg from "pg";

import { Prisma } from "../../generated/prisma/client";
import { statementName } from "../listings/statement-name";

// How the HSDS reads and the exports talk to PostgreSQL: Prisma.sql fragments run on a pg pool (or, for an export that
// needs one snapshot, one client in a read-only transaction), as named statements so each SQL text is parsed once per
// connection. Every query text depends only on which filters are set, never on their values, so the read pool's
// generic plans fit the filters in use.

/** A pool, or one client (an export's snapshot). */
export type Db = { query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>> };

export async function run<R extends pg.QueryResultRow>(db: Db, name: string, sql: Prisma.Sql): Promise<R[]> {
  const { rows } = await db.query<R>({ name: statementName(name, sql.text), text: sql.text, values: sql.values });
  return rows;
}

/** What the public sees of facilities: everything but those closed for good (as the search and the map). */
export const LISTED = Prisma.sql`f.status <> 'closed'`;

/** `%text%` for ILIKE, with the pattern's own wildcards taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** AND of the conditions, or `true`. */
export const all = (conds: Prisma.Sql[]): Prisma.Sql => (conds.length ? Prisma.join(conds, " AND ") : Prisma.sql`true`);
