import "server-only";

import { getPool, getPrisma, getReadPool } from "../../db";
import type { ReferralLocale } from "../../i18n/referral";
import { getTermLabels, type TermLabel } from "../taxonomy/taxonomy-labels";
import { findSheetLink, loadSheet, resolveSheetLink, saveSheetLink, type Sheet } from "./referral-sheet";

// The referral sheet's use cases, each choosing its own database: reads from a replica, the short link's write (and
// the read that must see it) on the primary.

/** The sheet's services (for /verwijzen's list). */
export const sheetItems = async (ids: string[]): Promise<Sheet["items"]> =>
  ids.length ? (await loadSheet(getReadPool(), ids)).items : [];

/** The sheet (/verwijsbrief): its services, the ones that ended, the term labels, and its short link if someone made one. */
export async function getSheet(
  ids: string[],
  lang: ReferralLocale,
): Promise<Sheet & { labels: Map<string, TermLabel>; code: string | null }> {
  const pool = getReadPool();
  const [sheet, labels] = await Promise.all([loadSheet(pool, ids), getTermLabels(pool)]);
  // The short link names only services still offered where the sheet says. Read-only (on the primary, which a new
  // link was just written to): it exists once someone pressed "Maak korte link"; a GET never writes.
  const found = sheet.items.map((s) => s.id);
  const code = found.length > 0 ? await findSheetLink(getPool(), found, lang) : null;
  return { ...sheet, labels, code };
}

/** "Maak korte link": stores the short link of the services still offered where the sheet says; null if none is. */
export async function makeSheetLink(ids: string[], lang: ReferralLocale): Promise<string | null> {
  const { items } = await loadSheet(getPool(), ids);
  const found = items.map((s) => s.id);
  return found.length > 0 ? saveSheetLink(getPrisma(), found, lang) : null;
}

/** /b/<code> → the sheet's services and language. */
export const followSheetLink = (code: string) => resolveSheetLink(getReadPool(), code);
