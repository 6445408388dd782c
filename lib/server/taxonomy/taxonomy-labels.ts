import "server-only";

import type pg from "pg";

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

/** The pool the labels were last read from, to read them again at once after a change on this server. */
let lastPool: pg.Pool | undefined;

export function getTermLabels(pool: pg.Pool): Promise<Map<string, TermLabel>> {
  lastPool = pool;
  if (!cache || Date.now() - cache.at > TTL_MS) {
    const labels = pool
      .query<Row>(
        "SELECT code, kind, label_nl, label_en, labels, sort_order, retired_at IS NOT NULL AS retired FROM taxonomy_term",
      )
      .then(({ rows }) => {
        const map = new Map(
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
        // For the input checks and the names in components, which cannot wait: read again here when stale.
        publishTerms(map, () => {
          if (!cache || Date.now() - cache.at > TTL_MS) void getTermLabels(pool).catch(() => undefined);
        });
        return map;
      });
    labels.catch(() => {
      cache = undefined;
    });
    cache = { at: Date.now(), labels };
  }
  return cache.labels;
}

/** After a moderator's change on this server: read the terms again now, so this server's input checks and pages
 *  know a new or retired term from the next request on (other servers within the minute). */
export async function reloadTermLabels(): Promise<void> {
  cache = undefined;
  if (lastPool) await getTermLabels(lastPool).catch(() => undefined);
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
