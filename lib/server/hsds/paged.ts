import "server-only";

import type pg from "pg";

import { cachedBody, queryKey } from "../../cache/response-cache";
import { Prisma } from "../../generated/prisma/client";
import { pageOffset } from "../../hsds/page";
import { run, type Db } from "./sql";

// The two ways a list is read. A page (page/per_page): the ids of one page by offset over an indexed order (the
// primary key, or distance for a postcode), then the page's rows by id — so the expensive columns are worked out for
// the page only, never for the rows an offset skips. Its total is counted once per data generation (the response
// cache's key, raised by every change of public data), so paging through a list counts it once.
// A whole list (format=ndjson, exports): keyset batches by id, each a short query — memory stays bounded at any size,
// and no connection is held between batches.

export type Listing = {
  /** names the count in the cache: the list and its filter values */
  key: string;
  /** FROM … with its joins */
  from: Prisma.Sql;
  /** the listed entity's id column (uuid) */
  id: Prisma.Sql;
  where: Prisma.Sql;
  /** the page order (its last term must make it total); the id when left out */
  order?: Prisma.Sql;
};

/** A list's filters as a cache key (paging and format left out: they do not change the total). */
export const filterKey = (q: Record<string, unknown> & { modified_after?: Date }): string =>
  queryKey({
    ...q,
    page: undefined,
    per_page: undefined,
    format: undefined,
    modified_after: q.modified_after?.toISOString(),
  });

const ZERO_UUID = "00000000-0000-0000-0000-000000000000";

/** A page's ids in order and the list's total. */
export async function pageIds(
  pool: pg.Pool,
  l: Listing,
  page: { page: number; per_page: number },
): Promise<{ ids: string[]; total: number }> {
  const [total, rows] = await Promise.all([
    countOnce(pool, l),
    run<{ id: string }>(
      pool,
      "hsds-page",
      Prisma.sql`SELECT ${l.id} AS id FROM ${l.from} WHERE ${l.where} ORDER BY ${l.order ?? l.id}
        LIMIT ${page.per_page} OFFSET ${pageOffset(page)}`,
    ),
  ]);
  return { ids: rows.map((r) => r.id), total };
}

async function countOnce(pool: pg.Pool, l: Listing): Promise<number> {
  const { body } = await cachedBody(pool, `hsds:count:${l.key}`, async () => {
    const [row] = await run<{ n: number }>(
      pool,
      "hsds-count",
      Prisma.sql`SELECT count(*)::int AS n FROM ${l.from} WHERE ${l.where}`,
    );
    return String(row?.n ?? 0);
  });
  return Number(body.toString());
}

/** Every row of the list in id order, `size` at a time: `select` is the column list (with the id as `id`). */
export async function* rowBatches<R extends { id: string }>(
  db: Db,
  l: Omit<Listing, "key" | "order">,
  select: Prisma.Sql,
  size = 2000,
): AsyncGenerator<R[]> {
  let after = ZERO_UUID;
  for (;;) {
    const rows = await run<R>(
      db,
      "hsds-batch",
      Prisma.sql`SELECT ${select} FROM ${l.from} WHERE ${l.where} AND ${l.id} > ${after}::uuid
        ORDER BY ${l.id} LIMIT ${size}`,
    );
    const last = rows.at(-1);
    if (!last) return;
    yield rows;
    if (rows.length < size) return;
    after = last.id;
  }
}

/** Every id of the list in id order, `size` at a time. */
export async function* idBatches(db: Db, l: Listing, size = 500): AsyncGenerator<string[]> {
  for await (const rows of rowBatches<{ id: string }>(db, l, Prisma.sql`${l.id} AS id`, size))
    yield rows.map((r) => r.id);
}

/** Rows in the order of `ids` (a query by id answers in any order). */
export function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => map.get(id) ?? []);
}

/** One JSON object a line. */
export const ndjsonLines = (items: unknown[]): string => items.map((i) => `${JSON.stringify(i)}\n`).join("");
