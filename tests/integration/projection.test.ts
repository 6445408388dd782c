import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { haversineM } from "@/lib/geo/distance";
import { createRng } from "@/lib/random";
import { MAX_PROJECTED_RATIO } from "@/lib/server/search/find-nearest-facilities";

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
});
afterAll(() => pool.end());

const project = async (lat: number, lng: number) => {
  const { rows } = await pool.query<{ x: number; y: number }>(
    "SELECT p[0] AS x, p[1] AS y FROM (SELECT laea_3035($1, $2) AS p) t",
    [lat, lng],
  );
  return rows[0]!;
};

describe("laea_3035 (ETRS89-LAEA, EPSG:3035)", () => {
  it("matches the worked example of EPSG Guidance Note 7-2 (50°N 5°E → E 3 962 799.45, N 2 999 718.85)", async () => {
    const p = await project(50, 5);
    expect(p.x).toBeCloseTo(3962799.45, 2);
    expect(p.y).toBeCloseTo(2999718.85, 2);
  });

  it("maps the projection origin 52°N 10°E to the false easting and northing", async () => {
    const p = await project(52, 10);
    expect(p.x).toBeCloseTo(4321000, 6);
    expect(p.y).toBeCloseTo(3210000, 6);
  });

  it(`keeps projected / great-circle distance within [1/${MAX_PROJECTED_RATIO}, ${MAX_PROJECTED_RATIO}] over NL and Flanders`, async () => {
    const rng = createRng(3);
    const a: [number, number][] = [];
    const b: [number, number][] = [];
    for (let i = 0; i < 5000; i++) {
      const p = [50.6 + rng.next() * 3, 2.5 + rng.next() * 4.8] as [number, number];
      // Pairs from metres to the whole country apart.
      const spread = rng.pick([0.001, 0.05, 0.5, 3]);
      a.push(p);
      b.push([p[0] + (rng.next() - 0.5) * spread, p[1] + (rng.next() - 0.5) * spread]);
    }
    const { rows } = await pool.query<{ ax: number; ay: number; bx: number; by: number }>(
      `SELECT pa[0] AS ax, pa[1] AS ay, pb[0] AS bx, pb[1] AS by
       FROM (SELECT laea_3035(alat, alng) AS pa, laea_3035(blat, blng) AS pb, i
             FROM unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[]) WITH ORDINALITY AS t(alat, alng, blat, blng, i)) x
       ORDER BY i`,
      [a.map((p) => p[0]), a.map((p) => p[1]), b.map((p) => p[0]), b.map((p) => p[1])],
    );
    const ratios = rows.map(
      (r, i) => Math.hypot(r.ax - r.bx, r.ay - r.by) / haversineM(a[i]![0], a[i]![1], b[i]![0], b[i]![1]),
    );
    const hi = Math.max(...ratios);
    const lo = Math.min(...ratios);
    // Measured 2026-11: 1.0004 … 1.0033.
    expect(hi).toBeLessThan(MAX_PROJECTED_RATIO);
    expect(lo).toBeGreaterThan(1 / MAX_PROJECTED_RATIO);
    expect(hi - lo).toBeGreaterThan(0.001); // the bound is needed: distances really do disagree
    console.log(`projected/haversine ratio: ${lo.toFixed(5)} … ${hi.toFixed(5)}`);
  });
});
