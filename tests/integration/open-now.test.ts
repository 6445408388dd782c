import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPool, READ_SESSION_OPTIONS } from "@/lib/db/pg-pool";
import { GazetteerGeocoder } from "@/lib/geocoder/gazetteer";
import { ZFacilitySearchQuery } from "@/lib/schemas/facility-search";
import { searchFacilities } from "@/lib/server/search/search-facilities";

// open=now at fixed moments, so the test does not depend on when it runs.
let pool: pg.Pool;
// Read with the session settings the app uses.
beforeAll(() => {
  pool = createPool({ connectionString: process.env.DATABASE_URL, options: READ_SESSION_OPTIONS });
});
afterAll(() => pool.end());

const query = (extra: Record<string, string> = {}) =>
  ZFacilitySearchQuery.parse({ near: "52.0907,5.1214", limit: "20", ...extra });
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

const WEDNESDAY_07H = new Date("2026-11-25T06:00:00Z"); // 07:00 in Amsterdam: most places open later this morning

describe("radius_km, open=today and what opens later (issue 12 §2)", () => {
  it("stops at the radius: every result lies within it, and no cursor leads past it", async () => {
    const geo = new GazetteerGeocoder(pool);
    const near = await searchFacilities(pool, geo, query({ radius_km: "2", limit: "100" }), WEDNESDAY_11H);
    const wider = await searchFacilities(pool, geo, query({ limit: "100" }), WEDNESDAY_11H);
    expect(near.data.length).toBeGreaterThan(0);
    expect(near.data.length).toBeLessThan(wider.data.length);
    expect(near.data.every((f) => (f.distance_m ?? Infinity) <= 2000)).toBe(true);
    expect(near.next_cursor).toBeNull();
    expect(near.radius_m).toBe(2000);
    // The same places, in the same order, as the unlimited search up to 2 km.
    expect(near.data.map((f) => f.id)).toEqual(wider.data.filter((f) => (f.distance_m ?? 0) <= 2000).map((f) => f.id));
  });

  it("with open=now and nothing open, ends at the radius and names what opens later today", async () => {
    const geo = new GazetteerGeocoder(pool);
    const early = await searchFacilities(pool, geo, query({ open: "now", radius_km: "5" }), WEDNESDAY_07H);
    expect(early.next_cursor).toBeNull();
    expect(early.data.every((f) => f.open_now === true)).toBe(true);
    expect(early.opening_later.length).toBeGreaterThan(0);
    for (const f of early.opening_later) {
      expect(f.open_now).toBe(false);
      expect(f.opens_at).toMatch(/^(0[7-9]|1\d|2[0-3]):\d\d$/);
    }
    const d = early.opening_later.map((f) => f.distance_m ?? 0);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });

  it("open=today keeps places open now or opening later today, and drops the rest", async () => {
    const geo = new GazetteerGeocoder(pool);
    const all = await searchFacilities(pool, geo, query({ limit: "60" }), WEDNESDAY_07H);
    const today = await searchFacilities(pool, geo, query({ open: "today", limit: "60" }), WEDNESDAY_07H);
    expect(today.data.length).toBeGreaterThan(0);
    expect(today.data.every((f) => f.open_now === true || f.opens_at !== null)).toBe(true);
    expect(today.data.some((f) => f.opens_at !== null)).toBe(true);
    // Something closed all day (or with unknown hours) was left out.
    expect(all.data.some((f) => f.open_now !== true && f.opens_at === null)).toBe(true);
    const night = await searchFacilities(
      pool,
      geo,
      query({ open: "today", radius_km: "5" }),
      new Date("2026-11-25T22:30:00Z"),
    );
    expect(night.data.every((f) => f.open_now === true)).toBe(true); // 23:30: nothing opens later today
  });

  it("refuses a radius without a place to measure from", () => {
    expect(ZFacilitySearchQuery.safeParse({ radius_km: "5" }).success).toBe(false);
    expect(ZFacilitySearchQuery.safeParse({ near: "52.0907,5.1214", radius_km: "0" }).success).toBe(false);
    expect(ZFacilitySearchQuery.safeParse({ near: "52.0907,5.1214", open: "tomorrow" }).success).toBe(false);
  });
});
