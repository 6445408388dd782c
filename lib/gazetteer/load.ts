import type pg from "pg";

import { placeKey } from "../geo/place-key";
import { readShippedGazetteer, type ShippedGazetteer } from "./shipped";

// Loads the shipped national gazetteer (prisma/reference/nl-*.csv.gz) into postcode_area, place and gemeente.
// Rows carry `source = 'shipped:<digest of the files>'`: when that version is already there the load is one query;
// a new version replaces the previous shipped rows. Rows from `npm run geo:import` (source 'geonames', a fresher
// download) are never overwritten; hand-written built-in rows are, as the shipped ones are more precise.

let cached: ShippedGazetteer | null = null;

export async function loadShippedGazetteer(client: pg.ClientBase): Promise<{ loaded: boolean; ms: number }> {
  const started = performance.now();
  cached ??= readShippedGazetteer();
  const g = cached;
  const source = `shipped:${g.version}`;
  const { rows } = await client.query<{ done: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM place WHERE source = $1) AS done",
    [source],
  );
  if (rows[0]?.done) return { loaded: false, ms: performance.now() - started };
  await client.query(
    `INSERT INTO gemeente (code, name, province, lat, lng, population)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::int[])
     ON CONFLICT (code) DO NOTHING`,
    [
      g.gemeenten.map((r) => r.code),
      g.gemeenten.map((r) => r.name),
      g.gemeenten.map((r) => r.province),
      g.gemeenten.map((r) => r.lat),
      g.gemeenten.map((r) => r.lng),
      g.gemeenten.map((r) => r.population),
    ],
  );
  const p = g.postcodes;
  await client.query(
    `INSERT INTO postcode_area (pc4, place, gemeente_code, other_gemeente_codes, lat, lng, source)
     SELECT pc4, place, gemeente, CASE WHEN other = '' THEN ARRAY[]::text[] ELSE string_to_array(other, ' ') END, lat, lng, $7
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[]) AS t(pc4, place, gemeente, other, lat, lng)
     ON CONFLICT (pc4) DO UPDATE SET place = EXCLUDED.place, gemeente_code = EXCLUDED.gemeente_code,
       other_gemeente_codes = EXCLUDED.other_gemeente_codes, lat = EXCLUDED.lat, lng = EXCLUDED.lng, source = EXCLUDED.source
     WHERE postcode_area.source <> 'geonames'`,
    [
      p.map((r) => r.pc4),
      p.map((r) => r.place),
      p.map((r) => r.gemeenteCode),
      p.map((r) => r.otherGemeenteCodes.join(" ")),
      p.map((r) => r.lat),
      p.map((r) => r.lng),
      source,
    ],
  );
  await client.query("DELETE FROM postcode_area WHERE source LIKE 'shipped:%' AND source <> $1", [source]);
  await client.query("DELETE FROM place WHERE source LIKE 'shipped:%'");
  const q = g.places;
  await client.query(
    `INSERT INTO place (name, key, gemeente_code, lat, lng, rank, source)
     SELECT *, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::int[])
     ON CONFLICT (key, gemeente_code, name) DO NOTHING`,
    [
      q.map((r) => r.name),
      q.map((r) => placeKey(r.alias)),
      q.map((r) => r.gemeenteCode),
      q.map((r) => r.lat),
      q.map((r) => r.lng),
      q.map((r) => r.rank),
      source,
    ],
  );
  return { loaded: true, ms: performance.now() - started };
}
