import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadReferenceData } from "@/lib/db/reference-data";
import { GazetteerGeocoder } from "@/lib/geocoder/gazetteer";
import { parseGeonamesPostal, planImport } from "@/lib/import/geonames-postal";

import { createScratchDatabase } from "../support/scratch-db";

const fixture = (name: string) => new URL(`../fixtures/geonames/${name}`, import.meta.url).pathname;
let db: Awaited<ReturnType<typeof createScratchDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createScratchDatabase("import");
  pool = new pg.Pool({ connectionString: db.url });
  const c = await pool.connect();
  await loadReferenceData(c);
  c.release();
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const importCli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/import-postcodes.ts", ...args], {
    env: { ...process.env, DATABASE_URL: db.url },
    encoding: "utf8",
  });

describe("GeoNames postal import", () => {
  it("parses the file format: one PC4 per area, places per gemeente, rows without a gemeente kept", () => {
    const { rows, errors } = parseGeonamesPostal(readFileSync(fixture("NL-sample.txt"), "utf8"));
    expect(errors).toEqual([]);
    const plan = planImport(rows);
    expect(plan.postcodes.map((p) => p.pc4).sort()).toEqual(["3221", "3512", "3513", "9997", "9998", "9999"]);
    expect(plan.postcodes.find((p) => p.pc4 === "3221")?.gemeenteCode).toBeNull();
    const testdorp = plan.places.find((p) => p.name === "Testdorp")!;
    expect(testdorp).toMatchObject({ gemeenteCode: "GM1999", rank: 3, key: "testdorp" });
    expect(testdorp.lat).toBeCloseTo(53.22, 6);
  });

  it("reports every bad line with its number and why", () => {
    const { errors } = parseGeonamesPostal(readFileSync(fixture("NL-bad.txt"), "utf8"));
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    expect(errors[0]!.message).toMatch(/country must be NL/);
    expect(errors[1]!.message).toMatch(/PC4/);
    expect(errors[2]!.message).toMatch(/latitude is outside/);
    expect(errors[3]!.message).toMatch(/12 tab-separated columns/);
  });

  it("writes nothing on a dry run or when any line is bad, then imports all at once", async () => {
    const count = async () =>
      (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM postcode_area WHERE source = 'geonames'"))
        .rows[0]!.n;
    const dry = importCli(fixture("NL-sample.txt"), "--dry-run");
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/Dry run: nothing was written/);
    expect(await count()).toBe(0);

    const bad = importCli(fixture("NL-bad.txt"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/line 2: country must be NL/);
    expect(bad.stderr).toMatch(/nothing was imported/);
    expect(await count()).toBe(0);

    const ok = importCli(fixture("NL-sample.txt"));
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Imported 6 PC4 areas and 2 places/);
    expect(await count()).toBe(6);

    const geo = new GazetteerGeocoder(pool);
    expect(await geo.postcode({ pc4: "9998", pc6: "9998 AB" })).toMatchObject({
      gemeenteCode: "GM1999",
      precision: "pc4",
    });
    expect(await geo.place("testdorp")).toMatchObject({ gemeenteCode: "GM1999" });
    // Built-in rows of other PC4s stay; re-importing replaces rather than duplicates.
    expect(await geo.postcode({ pc4: "1012", pc6: null })).toMatchObject({ gemeenteCode: "GM0363" });
    expect(importCli(fixture("NL-sample.txt")).status).toBe(0);
    expect(await count()).toBe(6);
  });

  it("refuses a missing file with a clear message", () => {
    const r = importCli("/nonexistent/NL.txt");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Cannot read/);
  });
});
