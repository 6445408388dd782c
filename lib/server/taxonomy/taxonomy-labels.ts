import "server-only";

import type pg from "pg";

// Taxonomy labels by code, read from the database and kept for a minute: terms change rarely (moderators), and
// every search result needs them. A per-process read cache of database rows: a second app server simply keeps its own.

export type TermLabel = { code: string; name: string; name_en: string; sortOrder: number };
const TTL_MS = 60_000;
let cache: { at: number; labels: Promise<Map<string, TermLabel>> } | undefined;

export function getTermLabels(pool: pg.Pool): Promise<Map<string, TermLabel>> {
  if (!cache || Date.now() - cache.at > TTL_MS) {
    const labels = pool
      .query<{ code: string; label_nl: string; label_en: string; sort_order: number }>(
        "SELECT code, label_nl, label_en, sort_order FROM taxonomy_term",
      )
      .then(
        ({ rows }) =>
          new Map(
            rows.map((r) => [r.code, { code: r.code, name: r.label_nl, name_en: r.label_en, sortOrder: r.sort_order }]),
          ),
      );
    labels.catch(() => {
      cache = undefined;
    });
    cache = { at: Date.now(), labels };
  }
  return cache.labels;
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
