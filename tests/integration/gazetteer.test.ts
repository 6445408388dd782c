import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadShippedGazetteer } from "@/lib/gazetteer/load";
import { readShippedGazetteer } from "@/lib/gazetteer/shipped";
import { placeKey } from "@/lib/geo/place-key";
import { GazetteerGeocoder } from "@/lib/geocoder/gazetteer";
import { readSearchPage } from "@/lib/schemas/search-page";
import { findFacilitiesNamed } from "@/lib/server/search/find-facilities-named";
import { resolveOrigin, UnknownPlaceError } from "@/lib/server/search/resolve-origin";

import { createScratchDatabase } from "../support/scratch-db";

// The national gazetteer shipped in prisma/reference/ (from GeoNames), as a fresh start loads it: every PC4 and
// place is found, and what residents type — spelt their way — lands on the right place.

const shipped = readShippedGazetteer();
let pool: pg.Pool;
let geo: GazetteerGeocoder;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  geo = new GazetteerGeocoder(pool);
});
afterAll(() => pool.end());

/** The search box's text → the origin the search runs around, as /zoeken does it. */
async function originOf(text: string) {
  const { query, errors } = readSearchPage({ q: text });
  expect(errors, text).toEqual([]);
  return resolveOrigin(query!, geo);
}

describe("shipped gazetteer", () => {
  it("holds every Dutch PC4 and resolves each through the geocoder to its place and gemeente", async () => {
    expect(shipped.postcodes.length).toBeGreaterThan(4000);
    const wrong: string[] = [];
    for (const p of shipped.postcodes) {
      const hit = await geo.postcode({ pc4: p.pc4, pc6: null });
      const gemeenten = hit?.gemeenteCodes ?? (hit?.gemeenteCode ? [hit.gemeenteCode] : []);
      if (!hit || hit.label !== `${p.pc4} ${p.place}` || gemeenten[0] !== (p.gemeenteCode ?? undefined))
        wrong.push(p.pc4);
    }
    expect(wrong).toEqual([]);
  });

  it("finds every shipped place name and alias (one query)", async () => {
    const keys = [...new Set(shipped.places.map((p) => placeKey(p.alias)))];
    expect(keys.length).toBeGreaterThan(8000);
    const { rows } = await pool.query<{ key: string }>(
      "SELECT k AS key FROM unnest($1::text[]) AS k WHERE NOT EXISTS (SELECT 1 FROM place WHERE place.key = k)",
      [keys],
    );
    expect(rows.map((r) => r.key)).toEqual([]);
  });

  it("says so when a PC4 crosses a gemeente border instead of guessing one", async () => {
    const split = shipped.postcodes.find((p) => p.otherGemeenteCodes.length > 0)!;
    const hit = await geo.postcode({ pc4: split.pc4, pc6: null });
    expect(hit).toMatchObject({ gemeenteCode: null, gemeenteCodes: [split.gemeenteCode, ...split.otherGemeenteCodes] });
  });
});

describe("what residents type", () => {
  // [typed, expected label, gemeente]. "Bergen" is ambiguous (Noord-Holland, 30,000 people; Limburg, a village):
  // the larger wins, and "Bergen (L)" reaches the other. "Alphen" is most often Alphen aan den Rijn.
  it.each([
    ["3584", "3584 Utrecht", "GM0344"],
    ["1051", "1051 Amsterdam", "GM0363"],
    ["9741", "9741 Groningen", "GM0014"],
    ["3511", "3511 Utrecht", "GM0344"],
    ["3513", "3513 Utrecht", "GM0344"],
    ["3521", "3521 Utrecht", "GM0344"],
    ["3531", "3531 Utrecht", "GM0344"],
    ["3581", "3581 Utrecht", "GM0344"],
    ["1011", "1011 Amsterdam", "GM0363"],
    ["1013", "1013 Amsterdam", "GM0363"],
    ["1017", "1017 Amsterdam", "GM0363"],
    ["3012", "3012 Rotterdam", "GM0599"],
    ["9712", "9712 Groningen", "GM0014"],
    ["Schiermonnikoog", "Schiermonnikoog", "GM0088"],
    ["Bergen", "Bergen", "GM0373"],
    ["Bergen (L)", "Bergen", "GM0893"],
    ["Alphen", "Alphen aan den Rijn", "GM0484"],
    ["Hertogenbosch", "'s-Hertogenbosch", "GM0796"],
    ["Den Bosch", "'s-Hertogenbosch", "GM0796"],
    ["den haag", "Den Haag", "GM0518"],
    ["Amsterdam Noord", "Amsterdam", "GM0363"],
    ["Utrecht, Nederland", "Utrecht", "GM0344"],
    ["Amstedam", "Amsterdam", "GM0363"],
    ["Ljouwert", "Leeuwarden", "GM0080"],
    ["Hengelo (O)", "Hengelo", "GM0164"],
    ["kerkstraat 208, 3512 AZ Utrecht", "3512 Utrecht", "GM0344"],
    ["Kerkstraat 10 Utrecht", "Utrecht", "GM0344"],
    ["'s-Gravenhage", "Den Haag", "GM0518"],
    ["s-Hertogenbosch", "'s-Hertogenbosch", "GM0796"],
    ["ZWOLLE", "Zwolle", "GM0193"],
    ["Súdwest-Fryslân", "Sneek", "GM1900"],
    ["Skiermûntseach", "Schiermonnikoog", "GM0088"],
  ])("%s → %s", async (typed, label, gemeente) => {
    expect(await originOf(typed)).toMatchObject({ label, gemeente_code: gemeente });
  });

  it("reads a place inside an address or part of a name as partial, so the page can say what it searched around", async () => {
    expect((await originOf("Amsterdam Noord"))?.partial).toBe(true);
    expect((await originOf("Utrecht"))?.partial).toBeUndefined();
    expect(readSearchPage({ q: "Kerkstraat 10 Utrecht" }).understood).toMatchObject({ kind: "place", inAddress: true });
  });

  it("offers the place a typo meant", async () => {
    for (const [typo, meant] of [
      ["Utrect", "Utrecht"],
      ["Rotterdan", "Rotterdam"],
      ["Groningn", "Groningen"],
    ] as const) {
      const e = await originOf(typo).catch((x: unknown) => x);
      expect(e, typo).toBeInstanceOf(UnknownPlaceError);
      expect((e as UnknownPlaceError).suggestions[0], typo).toBe(meant);
    }
  });

  it("answers nonsense with a clear unknown-place error and no made-up suggestion", async () => {
    const e = await originOf("xyzzy qwerty").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UnknownPlaceError);
    expect((e as UnknownPlaceError).suggestions).toEqual([]);
    expect((e as UnknownPlaceError).status).toBe(400);
  });
});

describe("a facility's name in the search box", () => {
  it("finds open facilities whose name holds the text, wildcards taken literally", async () => {
    const hits = await findFacilitiesNamed(pool, "karrewiel");
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.name).toMatch(/Karrewiel/);
    expect(await findFacilitiesNamed(pool, "%%%")).toEqual([]);
    expect(await findFacilitiesNamed(pool, "xyzzy qwerty")).toEqual([]);
  });
});

describe("loading on start", () => {
  it("loads once, fast, replaces hand-written rows but never a GeoNames import, then skips", async () => {
    const db = await createScratchDatabase("gazetteer");
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query(
        "INSERT INTO postcode_area (pc4, place, gemeente_code, lat, lng, source) VALUES ('3584', 'Oud', 'GM0344', 52, 5, 'builtin'), ('1051', 'Geïmporteerd', 'GM0363', 52.38, 4.87, 'geonames')",
      );
      const first = await loadShippedGazetteer(c);
      expect(first.loaded).toBe(true);
      expect(first.ms).toBeLessThan(5000);
      const { rows } = await c.query<{ pc4: string; place: string; source: string }>(
        "SELECT pc4, place, source FROM postcode_area WHERE pc4 IN ('3584', '1051') ORDER BY pc4",
      );
      expect(rows).toEqual([
        { pc4: "1051", place: "Geïmporteerd", source: "geonames" },
        { pc4: "3584", place: "Utrecht", source: `shipped:${shipped.version}` },
      ]);
      const count = async () =>
        (
          await c.query<{ n: number }>(
            "SELECT (SELECT count(*) FROM postcode_area) + (SELECT count(*) FROM place) AS n",
          )
        ).rows[0]!.n;
      const before = await count();
      const again = await loadShippedGazetteer(c);
      expect(again.loaded).toBe(false);
      expect(await count()).toBe(before);
      console.log(`[gazetteer] first load ${Math.round(first.ms)} ms, unchanged start ${again.ms.toFixed(1)} ms`);
    } finally {
      await c.end();
      await db.drop();
    }
  });
});
