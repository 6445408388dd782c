import pg from "pg";
import { createPool, READ_SESSION_OPTIONS } from "@/lib/db/pg-pool";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GazetteerGeocoder } from "@/lib/geocoder/gazetteer";
import { ZFacilitySearchQuery } from "@/lib/schemas/facility-search";
import { searchFacilities } from "@/lib/server/search-facilities";

// open=now at fixed moments, so the test does not depend on when it runs.
let pool: pg.Pool;
// Read with the session settings the app uses.
beforeAll(() => { pool = createPool({ connectionString: process.env.DATABASE_URL, options: READ_SESSION_OPTIONS }); });
afterAll(() => pool.end());

const query = (extra: Record<string, string> = {}) => ZFacilitySearchQuery.parse({ near: "52.0907,5.1214", limit: "20", ...extra });
const WEDNESDAY_11H = new Date("2026-11-25T10:00:00Z"); // 11:00 in Amsterdam (CET)
const SUNDAY_03H = new Date("2026-11-29T02:00:00Z"); // 03:00 in Amsterdam
const CHRISTMAS_11H = new Date("2026-12-25T10:00:00Z"); // a public holiday, Friday

describe("open=now", () => {
  it("keeps only facilities open at that moment, and the filter really removes some", async () => {
    const geo = new GazetteerGeocoder(pool);
    const all = await searchFacilities(pool, geo, query(), WEDNESDAY_11H);
    const open = await searchFacilities(pool, geo, query({ open: "now" }), WEDNESDAY_11H);
    expect(all.data.some((f) => f.open_now !== true)).toBe(true);
    expect(open.data).toHaveLength(20);
    expect(open.data.every((f) => f.open_now === true)).toBe(true);
    // Still sorted by distance.
    const d = open.data.map((f) => f.distance_m ?? 0);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });

  it("finds (almost) nothing open in the night and on Christmas, and says where to continue", async () => {
    const geo = new GazetteerGeocoder(pool);
    const night = await searchFacilities(pool, geo, query({ open: "now" }), SUNDAY_03H);
    expect(night.data).toHaveLength(0);
    expect(night.next_cursor).toBeTruthy();
    const xmas = await searchFacilities(pool, geo, query({ open: "now" }), CHRISTMAS_11H);
    const wed = await searchFacilities(pool, geo, query({ open: "now", limit: "100" }), WEDNESDAY_11H);
    expect(xmas.data.length).toBeLessThan(wed.data.length);
  });
});
