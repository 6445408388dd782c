import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GEMEENTEN } from "@/lib/reference/gemeenten";
import { generateDemoData } from "@/prisma/demo/generate";

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
});
afterAll(() => pool.end());

const digest = (x: unknown) => createHash("sha256").update(JSON.stringify(x)).digest("hex");

describe("demo data", () => {
  it("is deterministic and national in scale: ≈ 6,000 facilities and ≈ 500 organisations", () => {
    const a = generateDemoData(1);
    const b = generateDemoData(1);
    expect(digest(a)).toBe(digest(b));
    expect(digest(generateDemoData(1, 99))).not.toBe(digest(a));
    expect(a.facilities).toHaveLength(6000);
    expect(a.organizations).toHaveLength(500);
    expect(new Set(a.facilities.map((f) => f.slug)).size).toBe(6000);
  });

  it("spreads facilities over gemeenten in proportion to population", () => {
    const { facilities } = generateDemoData(1);
    const total = GEMEENTEN.reduce((s, g) => s + g.population, 0);
    for (const code of ["GM0363", "GM0344", "GM0106", "GM0060"]) {
      const g = GEMEENTEN.find((x) => x.code === code)!;
      const n = facilities.filter((f) => f.gemeenteCode === code).length;
      expect(Math.abs(n - (6000 * g.population) / total)).toBeLessThanOrEqual(1);
    }
  });

  it("multiplies with --scale", () => {
    const d = generateDemoData(3);
    expect(d.facilities).toHaveLength(18000);
    expect(d.organizations).toHaveLength(1500);
    expect(new Set(d.organizations.map((o) => o.slug)).size).toBe(1500);
  });

  it("uses only postcodes and places the built-in gazetteer knows", async () => {
    const { rows } = await pool.query<{ missing_pc: number; missing_place: number }>(`
      SELECT
        (SELECT count(*)::int FROM facility f WHERE NOT EXISTS (SELECT 1 FROM postcode_area p WHERE p.pc4 = left(f.postcode, 4) AND p.gemeente_code = f.gemeente_code)) AS missing_pc,
        (SELECT count(*)::int FROM facility f WHERE NOT EXISTS (SELECT 1 FROM place p WHERE p.name = f.place AND p.gemeente_code = f.gemeente_code)) AS missing_place`);
    expect(rows[0]).toEqual({ missing_pc: 0, missing_place: 0 });
  });

  it("has the projected point and a search row for every open facility", async () => {
    const { rows } = await pool.query<{ no_pt: number; no_row: number; closed_rows: number }>(`
      SELECT (SELECT count(*)::int FROM facility WHERE pt IS NULL) AS no_pt,
        (SELECT count(*)::int FROM facility f WHERE status <> 'closed' AND NOT EXISTS (SELECT 1 FROM facility_search s WHERE s.facility_id = f.id AND s.term = '')) AS no_row,
        (SELECT count(*)::int FROM facility_search s JOIN facility f ON f.id = s.facility_id WHERE f.status = 'closed') AS closed_rows`);
    expect(rows[0]).toEqual({ no_pt: 0, no_row: 0, closed_rows: 0 });
  });
});
