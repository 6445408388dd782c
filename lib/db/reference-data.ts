import type pg from "pg";

import { loadShippedGazetteer } from "../gazetteer/load";
import { placeKey } from "../geo/place-key";
import { GEMEENTEN, PLACE_ALIASES } from "../reference/gemeenten";
import { TAXONOMY } from "../reference/taxonomy";
import { TERM_LABELS } from "../reference/taxonomy-names";

// Loads the reference data every database needs (taxonomy, national gazetteer, built-in aliases). Idempotent; imported GeoNames
// postcodes are never overwritten by the built-in ones, nor the taxonomy's wording and order once moderators can
// change it (/beheer/taxonomie): new codes are added, existing terms are left as they are.
export async function loadReferenceData(client: pg.ClientBase): Promise<void> {
  // The names in the other languages: { "ar": "…", "tr": "…" } per code.
  const names = TAXONOMY.map((t) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(TERM_LABELS).flatMap(([locale, byCode]) => (byCode[t.code] ? [[locale, byCode[t.code]]] : [])),
      ),
    ),
  );
  await client.query(
    `INSERT INTO taxonomy_term (code, kind, label_nl, label_en, sort_order, labels)
     SELECT * FROM unnest($1::text[], $2::"TaxonomyKind"[], $3::text[], $4::text[], $5::int[], $6::jsonb[])
     ON CONFLICT (code) DO NOTHING`,
    [
      TAXONOMY.map((t) => t.code),
      TAXONOMY.map((t) => t.kind),
      TAXONOMY.map((t) => t.labelNl),
      TAXONOMY.map((t) => t.labelEn),
      TAXONOMY.map((_, i) => i),
      names,
    ],
  );
  // A database from before the names were in it gets them once: a term no moderator has touched yet (version 1; every
  // change raises it), so names a moderator cleared stay cleared.
  await client.query(
    `UPDATE taxonomy_term t SET labels = x.labels
     FROM unnest($1::text[], $2::jsonb[]) AS x(code, labels)
     WHERE t.code = x.code AND t.labels = '{}'::jsonb AND t.version = 1`,
    [TAXONOMY.map((t) => t.code), names],
  );
  await client.query(
    `INSERT INTO gemeente (code, name, province, lat, lng, population)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::int[])
     ON CONFLICT (code) DO NOTHING`,
    [
      GEMEENTEN.map((g) => g.code),
      GEMEENTEN.map((g) => g.name),
      GEMEENTEN.map((g) => g.province),
      GEMEENTEN.map((g) => g.lat),
      GEMEENTEN.map((g) => g.lng),
      GEMEENTEN.map((g) => g.population),
    ],
  );
  // Every PC4 and place (prisma/reference/, from GeoNames); the hand-written rows below then only fill gaps.
  const shipped = await loadShippedGazetteer(client);
  if (shipped.loaded) console.log(`[reference data] national gazetteer loaded in ${Math.round(shipped.ms)} ms`);
  await client.query(
    `INSERT INTO postcode_area (pc4, place, gemeente_code, lat, lng, source)
     SELECT *, 'builtin' FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[])
     ON CONFLICT (pc4) DO NOTHING`,
    [
      GEMEENTEN.map((g) => g.pc4),
      GEMEENTEN.map((g) => g.place),
      GEMEENTEN.map((g) => g.code),
      GEMEENTEN.map((g) => g.lat),
      GEMEENTEN.map((g) => g.lng),
    ],
  );
  // Places: the main place, the gemeente name, and aliases — all pointing at the gemeente centre.
  const byCode = new Map(GEMEENTEN.map((g) => [g.code, g]));
  const places: { name: string; key: string; code: string; lat: number; lng: number; rank: number }[] = [];
  for (const g of GEMEENTEN) {
    places.push({ name: g.place, key: placeKey(g.place), code: g.code, lat: g.lat, lng: g.lng, rank: g.population });
    if (placeKey(g.name) !== placeKey(g.place))
      places.push({ name: g.place, key: placeKey(g.name), code: g.code, lat: g.lat, lng: g.lng, rank: g.population });
  }
  for (const [alias, code, place] of PLACE_ALIASES) {
    const g = byCode.get(code);
    if (g) places.push({ name: place, key: placeKey(alias), code, lat: g.lat, lng: g.lng, rank: g.population });
  }
  await client.query(
    `INSERT INTO place (name, key, gemeente_code, lat, lng, rank, source)
     SELECT *, 'builtin' FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::int[])
     ON CONFLICT (key, gemeente_code, name) DO NOTHING`,
    [
      places.map((p) => p.name),
      places.map((p) => p.key),
      places.map((p) => p.code),
      places.map((p) => p.lat),
      places.map((p) => p.lng),
      places.map((p) => p.rank),
    ],
  );
}
