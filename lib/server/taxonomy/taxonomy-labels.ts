import "server-only";

import type pg from "pg";

import type { PrismaClient } from "../../generated/prisma/client";
import { publishTerms } from "../../reference/term-registry";

// Taxonomy terms by code — names in every language, kind, order, retired or not — read from the database and kept for
// a minute: terms change rarely (moderators), and every search result, filter and input check needs them. A per-process
// read cache of database rows: a second app server keeps its own, and sees a moderator's change within the minute
// (the server where it was made, at once).

export type TermLabel = {
  code: string;
  kind: "service" | "audience";
  name: string;
  name_en: string;
  /** Names in the other languages, by language code. */
  names: Record<string, string>;
  sortOrder: number;
  retired: boolean;
};
const TTL_MS = 60_000;
let cache: { at: number; labels: Promise<Map<string, TermLabel>> } | undefined;

type Row = {
  code: string;
  kind: "service" | "audience";
  label_nl: string;
  label_en: string;
  labels: Record<string, string> | null;
  sort_order: number;
  retired: boolean;
};
const SQL =
  "SELECT code, kind::text AS kind, label_nl, label_en, labels, sort_order, retired_at IS NOT NULL AS retired FROM taxonomy_term";
type ReadRows = () => Promise<Row[]>;

const toLabels = (rows: Row[]) =>
  new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        kind: r.kind,
        name: r.label_nl,
        name_en: r.label_en,
        names: r.labels ?? {},
        sortOrder: r.sort_order,
        retired: r.retired,
      },
    ]),
  );

/** Reads the terms into the cache and the registry. A read that finishes after a newer one started changes nothing. */
function read(rows: ReadRows, again: ReadRows): Promise<Map<string, TermLabel>> {
  const labels = rows().then((r) => {
    const map = toLabels(r);
    if (cache?.labels === labels)
      // For the input checks and the names in components, which cannot wait: read again from here when stale.
      publishTerms(map, () => {
        if (!cache || Date.now() - cache.at > TTL_MS) void read(again, again).catch(() => undefined);
      });
    return map;
  });
  labels.catch(() => {
    if (cache?.labels === labels) cache = undefined;
  });
  cache = { at: Date.now(), labels };
  return labels;
}

const fromPool =
  (pool: pg.Pool): ReadRows =>
  async () =>
    (await pool.query<Row>(SQL)).rows;

export function getTermLabels(pool: pg.Pool): Promise<Map<string, TermLabel>> {
  if (!cache || Date.now() - cache.at > TTL_MS) return read(fromPool(pool), fromPool(pool));
  return cache.labels;
}

/** The terms through a Prisma client (the write paths: a service's terms are checked against them), cached alike. */
export function getTermLabelsVia(db: PrismaClient): Promise<Map<string, TermLabel>> {
  const rows: ReadRows = () => db.$queryRawUnsafe<Row[]>(SQL);
  if (!cache || Date.now() - cache.at > TTL_MS) return read(rows, rows);
  return cache.labels;
}

/** After a moderator's change on this server: read the terms again now, from the database the change was written to
 *  (the primary: a replica may not have it yet), so this server knows a new or retired term from the next request on;
 *  other servers within the minute. */
export async function reloadTermLabels(db: PrismaClient): Promise<void> {
  cache = undefined;
  await getTermLabelsVia(db).catch(() => undefined);
}

/** Codes → [{code, name, name_en}] in taxonomy order; unknown codes are dropped. */
export function labelTerms(
  codes: string[],
  labels: Map<string, TermLabel>,
): { code: string; name: string; name_en: string }[] {
  return codes
    .map((c) => labels.get(c))
    .filter((t): t is TermLabel => t !== undefined)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map(({ code, name, name_en }) => ({ code, name, name_en }));
}
