import "server-only";

import type pg from "pg";

export type NamedFacility = { slug: string; name: string; place: string };

/** Open facilities whose name holds the typed text ("Karrewiel"), for a search box text that is no place. A plain
 *  scan of the few thousand open facilities (about a millisecond); LIKE wildcards in the text are taken literally. */
export async function findFacilitiesNamed(pool: pg.Pool, text: string, limit = 5): Promise<NamedFacility[]> {
  const needle = text.trim();
  if (needle.length < 3) return [];
  const { rows } = await pool.query<NamedFacility>(
    `SELECT f.slug, f.name, f.place FROM facility f
     WHERE f.id IN (SELECT s.facility_id FROM facility_search s WHERE s.term = '')
       AND f.name ILIKE '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
     ORDER BY length(f.name), f.name, f.place LIMIT $2`,
    [needle, limit],
  );
  return rows;
}
