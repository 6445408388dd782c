import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPool, READ_SESSION_OPTIONS } from "@/lib/db/pg-pool";
import { haversineM } from "@/lib/geo/distance";
import { createRng } from "@/lib/random";
import { AUDIENCE_CODES, SERVICE_CODES } from "@/lib/reference/taxonomy";
import { FACILITY_TYPES } from "@/lib/schemas/common";
import type { FacilityFilters } from "@/lib/server/search/facility-filters";
import { findNearestFacilities } from "@/lib/server/search/find-nearest-facilities";

import { loadFacilities, matches, type Fac } from "../support/brute-force";

// The index-backed ranking must equal a brute-force haversine ranking computed here from the base tables
// (facility, service_at_location, service, service_term), not from the derived search index.

let pool: pg.Pool;
let facilities: Fac[] = [];

beforeAll(async () => {
  pool = createPool({ connectionString: process.env.DATABASE_URL, options: READ_SESSION_OPTIONS }); // as the app reads
  facilities = await loadFacilities(pool);
});
afterAll(() => pool.end());

function bruteForce(lat: number, lng: number, q: FacilityFilters) {
  return facilities
    .filter((f) => matches(f, q))
    .map((f) => ({ id: f.id, d: haversineM(lat, lng, f.lat, f.lng) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
}

function randomQuery(rng: ReturnType<typeof createRng>): {
  lat: number;
  lng: number;
  filters: FacilityFilters;
  limit: number;
} {
  const some = <T>(items: readonly T[], max: number) => Array.from({ length: rng.int(1, max) }, () => rng.pick(items));
  const filters: FacilityFilters = { services: rng.chance(0.75) ? some(SERVICE_CODES, 3) : [] };
  if (rng.chance(0.25)) filters.types = some(FACILITY_TYPES, 2);
  if (rng.chance(0.25)) filters.audiences = some(AUDIENCE_CODES, 2);
  if (rng.chance(0.2)) filters.languages = some(["ar", "en", "tr", "pl", "uk"], 2);
  if (rng.chance(0.2)) filters.free = true;
  if (rng.chance(0.2)) filters.wheelchair = true;
  const lat = 50.75 + rng.next() * 2.8;
  const lng = 3.4 + rng.next() * 3.8;
  if (rng.chance(0.15)) filters.bbox = { minLat: lat - 0.5, maxLat: lat + 0.5, minLng: lng - 0.8, maxLng: lng + 0.8 };
  return { lat, lng, filters, limit: rng.pick([1, 5, 10, 20, 100]) };
}

describe("findNearestFacilities", () => {
  // oversample 1 makes the range-scan step (2) run nearly always; the default mostly answers from step 1.
  it.each([[2], [1]])(
    "ranks exactly like brute-force haversine, for 300 random points and filter sets (oversample %s)",
    async (oversample) => {
      const rng = createRng(7);
      let nonEmpty = 0;
      for (let i = 0; i < 300; i++) {
        const { lat, lng, filters, limit } = randomQuery(rng);
        const got = await findNearestFacilities(pool, { lat, lng }, filters, { limit }, { oversample });
        const want = bruteForce(lat, lng, filters).slice(0, limit);
        expect(
          got.map((r) => r.id),
          JSON.stringify({ lat, lng, filters, limit }),
        ).toEqual(want.map((w) => w.id));
        got.forEach((r, j) => expect(Math.abs(r.distance_m - want[j]!.d)).toBeLessThan(0.01));
        if (got.length > 0) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(200);
    },
  );

  it("continues from a cursor exactly where brute force continues", async () => {
    const rng = createRng(11);
    for (let i = 0; i < 40; i++) {
      const { lat, lng, filters } = randomQuery(rng);
      const want = bruteForce(lat, lng, filters).slice(0, 45);
      const seen: string[] = [];
      let after: { d: number; id: string } | undefined;
      for (let p = 0; p < 3; p++) {
        const page = await findNearestFacilities(pool, { lat, lng }, filters, { limit: 15, after });
        seen.push(...page.map((r) => r.id));
        const last = page.at(-1);
        if (!last) break;
        after = { d: last.distance_m, id: last.id };
      }
      expect(seen).toEqual(want.map((w) => w.id));
    }
  });

  it("finds the facility at the exact origin first, at 0 m", async () => {
    const f = facilities.find((x) => x.status === "active")!;
    const [first] = await findNearestFacilities(pool, f, { services: [] }, { limit: 1 });
    expect(first?.distance_m).toBeLessThan(0.001);
    expect(haversineM(first!.lat, first!.lng, f.lat, f.lng)).toBeLessThan(0.001);
  });
});
