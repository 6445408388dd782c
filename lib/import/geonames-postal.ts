import type pg from "pg";
import { z } from "zod";

import { placeKey } from "../geo/place-key";

// GeoNames postal-code dump (NL.txt): tab-separated, no header, 12 columns:
// country, postal code, place, admin1 name, admin1 code, admin2 name, admin2 code (CBS gemeente number),
// admin3 name, admin3 code, latitude, longitude, accuracy. Some PC4s span several places: one row each.

const ZLine = z.tuple([
  z.literal("NL", { error: "country must be NL (this importer loads Dutch postcodes)" }),
  z.string().regex(/^[1-9]\d{3}$/, "postal code must be a Dutch PC4 such as 3512"),
  z.string().trim().min(1, "place name is empty").max(100, "place name is too long"),
  z.string(),
  z.string(),
  z.string(),
  z.string().regex(/^(\d{4})?$/, "gemeente code (column 7) must be four digits or empty"),
  z.string(),
  z.string(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, "latitude is not a number")
    .transform(Number)
    .pipe(z.number().min(50.7, "latitude is outside the Netherlands").max(53.7, "latitude is outside the Netherlands")),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, "longitude is not a number")
    .transform(Number)
    .pipe(z.number().min(3.2, "longitude is outside the Netherlands").max(7.3, "longitude is outside the Netherlands")),
  z.string(),
]);

export type PostalRow = { pc4: string; place: string; gemeenteCode: string | null; lat: number; lng: number };
export type LineError = { line: number; message: string };

export function parseGeonamesPostal(text: string): { rows: PostalRow[]; errors: LineError[] } {
  const rows: PostalRow[] = [];
  const errors: LineError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    const cols = raw.split("\t");
    if (cols.length !== 12) {
      errors.push({ line: i + 1, message: `expected 12 tab-separated columns, found ${cols.length}` });
      return;
    }
    const r = ZLine.safeParse(cols);
    if (!r.success) {
      errors.push({ line: i + 1, message: r.error.issues.map((x) => x.message).join("; ") });
      return;
    }
    const [, pc4, place, , , , admin2, , , lat, lng] = r.data;
    rows.push({ pc4, place, gemeenteCode: admin2 ? `GM${admin2}` : null, lat, lng });
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 0, message: "the file holds no rows" });
  return { rows, errors };
}

export type ImportPlan = {
  postcodes: { pc4: string; place: string; gemeenteCode: string | null; lat: number; lng: number }[];
  places: { name: string; key: string; gemeenteCode: string; lat: number; lng: number; rank: number }[];
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One area per PC4 (centre = mean of its places, gemeente = that of the first row); one place per name and gemeente. */
export function planImport(rows: PostalRow[]): ImportPlan {
  const byPc4 = new Map<string, PostalRow[]>();
  const byPlace = new Map<string, PostalRow[]>();
  for (const r of rows) {
    byPc4.set(r.pc4, [...(byPc4.get(r.pc4) ?? []), r]);
    if (r.gemeenteCode)
      byPlace.set(`${r.place}\t${r.gemeenteCode}`, [...(byPlace.get(`${r.place}\t${r.gemeenteCode}`) ?? []), r]);
  }
  return {
    postcodes: [...byPc4.values()].map((rs) => ({
      pc4: rs[0]!.pc4,
      place: rs[0]!.place,
      gemeenteCode: rs.find((r) => r.gemeenteCode)?.gemeenteCode ?? null,
      lat: mean(rs.map((r) => r.lat)),
      lng: mean(rs.map((r) => r.lng)),
    })),
    places: [...byPlace.values()].map((rs) => ({
      name: rs[0]!.place,
      key: placeKey(rs[0]!.place),
      gemeenteCode: rs[0]!.gemeenteCode!,
      lat: mean(rs.map((r) => r.lat)),
      lng: mean(rs.map((r) => r.lng)),
      rank: rs.length,
    })),
  };
}

/** Writes the plan in one transaction: GeoNames rows replace earlier GeoNames rows and built-in rows of the same PC4. */
export async function applyImport(
  client: pg.ClientBase,
  plan: ImportPlan,
): Promise<{ postcodes: number; places: number }> {
  await client.query("BEGIN");
  try {
    await client.query("DELETE FROM postcode_area WHERE source = 'geonames'");
    await client.query("DELETE FROM place WHERE source = 'geonames'");
    const p = plan.postcodes;
    await client.query(
      `INSERT INTO postcode_area (pc4, place, gemeente_code, lat, lng, source)
       SELECT *, 'geonames' FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[])
       ON CONFLICT (pc4) DO UPDATE SET place = EXCLUDED.place, gemeente_code = EXCLUDED.gemeente_code, lat = EXCLUDED.lat,
         lng = EXCLUDED.lng, source = 'geonames'`,
      [
        p.map((r) => r.pc4),
        p.map((r) => r.place),
        p.map((r) => r.gemeenteCode),
        p.map((r) => r.lat),
        p.map((r) => r.lng),
      ],
    );
    const q = plan.places;
    await client.query(
      `INSERT INTO place (name, key, gemeente_code, lat, lng, rank, source)
       SELECT *, 'geonames' FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::int[])
       ON CONFLICT (key, gemeente_code, name) DO NOTHING`,
      [
        q.map((r) => r.name),
        q.map((r) => r.key),
        q.map((r) => r.gemeenteCode),
        q.map((r) => r.lat),
        q.map((r) => r.lng),
        q.map((r) => r.rank),
      ],
    );
    await client.query("SELECT bump_cache_generation()"); // cached answers used the old gazetteer
    await client.query("COMMIT");
    return { postcodes: p.length, places: q.length };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  }
}
