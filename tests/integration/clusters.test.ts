import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPool, READ_SESSION_OPTIONS } from "@/lib/db/pg-pool";
import { cellLat, cellLng, cellX, cellY, mercatorLatLng, mercatorPx } from "@/lib/geo/web-mercator";
import { createRng } from "@/lib/random";
import { SERVICE_CODES } from "@/lib/reference/taxonomy";
import { ZClusterQuery } from "@/lib/schemas/clusters";
import { clusterFacilities, PYRAMID_MAX_ZOOM, SERVICE_REGION } from "@/lib/server/clusters/cluster-facilities";
import type { FacilityFilters } from "@/lib/server/search/facility-filters";

import { call } from "../support/api";
import { loadFacilities, matches, type Fac } from "../support/brute-force";

// GET /api/v1/clusters against brute force from the base tables: every matching facility in the box is counted
// exactly once, single markers are exactly the facilities alone in their spot, clusters are spread out on screen.

type Feature = {
  geometry: { coordinates: [number, number] };
  properties:
    | { cluster: true; count: number; bbox: [number, number, number, number] }
    | { cluster: false; id: string; slug: string; name: string; type: string };
};
type Body = {
  type: string;
  features: Feature[];
  total: number;
  zoom: number;
  bbox: [number, number, number, number] | null;
};
type Problem = { status: number; detail: string; errors: { parameter: string; detail: string }[] };

let pool: pg.Pool;
let facilities: Fac[] = [];
beforeAll(async () => {
  pool = createPool({ connectionString: process.env.DATABASE_URL, options: READ_SESSION_OPTIONS });
  facilities = await loadFacilities(pool);
});
afterAll(() => pool.end());

const box = (b: { minLng: number; minLat: number; maxLng: number; maxLat: number }) =>
  `${b.minLng},${b.minLat},${b.maxLng},${b.maxLat}`;

describe("Web Mercator cells: one module in TypeScript, the same answers as the SQL functions", () => {
  it("puts random positions in the same cells as cell_x / cell_y, with the same cell edges", async () => {
    const rng = createRng(5);
    const points: [number, number, number][] = [];
    for (let i = 0; i < 500; i++) points.push([49.4 + rng.next() * 6.5, 1.5 + rng.next() * 6.5, rng.int(5, 14)]);
    const { rows } = await pool.query<{ cx: number; cy: number; lng: number; lat: number }>(
      `SELECT cell_x(p.lng, p.z) AS cx, cell_y(p.lat, p.z) AS cy, cell_lng(cell_x(p.lng, p.z), p.z) AS lng, cell_lat(cell_y(p.lat, p.z), p.z) AS lat
       FROM unnest($1::float8[], $2::float8[], $3::int[]) WITH ORDINALITY AS p(lat, lng, z, n) ORDER BY n`,
      [points.map((p) => p[0]), points.map((p) => p[1]), points.map((p) => p[2])],
    );
    points.forEach(([lat, lng, z], i) => {
      expect([cellX(lng, z), cellY(lat, z)], `${lat},${lng} z${z}`).toEqual([rows[i]?.cx, rows[i]?.cy]);
      expect(cellLng(cellX(lng, z), z)).toBeCloseTo(rows[i]?.lng ?? NaN, 9);
      expect(cellLat(cellY(lat, z), z)).toBeCloseTo(rows[i]?.lat ?? NaN, 9);
      // Pixels and back: the map client and the server share these.
      const px = mercatorPx(lat, lng, z),
        back = mercatorLatLng(px.x, px.y, z);
      expect(back.lat).toBeCloseTo(lat, 9);
      expect(back.lng).toBeCloseTo(lng, 9);
      expect(Math.floor(px.x / 16)).toBe(cellX(lng, z));
    });
    // (A position exactly on a cell's edge may land one cell apart: JavaScript's and PostgreSQL's tan/log differ in
    // the last bit. No facility sits on an edge to 1e-15 degrees; the box maths widens to whole cells anyway.)
  });
});

describe("GET /api/v1/clusters", () => {
  it("counts every matching facility in the box exactly once, for random boxes, zooms and services", async () => {
    const rng = createRng(11);
    for (let i = 0; i < 40; i++) {
      const zoom = rng.int(7, 14);
      // a box of 300–1200 × 200–900 screen pixels somewhere over the demo data
      const c = mercatorPx(50.8 + rng.next() * 2.6, 3.5 + rng.next() * 3.6, zoom);
      const w = rng.int(300, 1200),
        h = rng.int(200, 900);
      const toLngLat = (x: number, y: number) => mercatorLatLng(x, y, zoom);
      const nw = toLngLat(c.x - w / 2, c.y - h / 2),
        se = toLngLat(c.x + w / 2, c.y + h / 2);
      const b = { minLng: nw.lng, minLat: se.lat, maxLng: se.lng, maxLat: nw.lat };
      const services = rng.chance(0.6)
        ? [rng.pick(SERVICE_CODES), ...(rng.chance(0.3) ? [rng.pick(SERVICE_CODES)] : [])]
        : [];
      const filters: FacilityFilters = { services, bbox: b, ...(rng.chance(0.2) ? { wheelchair: true } : {}) };
      const qs = new URLSearchParams({ bbox: box(b), zoom: String(zoom) });
      for (const s of services) qs.append("service", s);
      if (filters.wheelchair) qs.set("wheelchair", "true");
      const res = await call(`/api/v1/clusters?${qs}`);
      expect(res.status).toBe(200);
      const body = res.body as Body;
      // The answer counts the box widened to whole 16 px cells; it must contain the asked box and be at most a cell wider.
      // (The asked box clipped to the region facilities are in.)
      const [aw, as, ae, an] = body.bbox!;
      const r = SERVICE_REGION;
      expect(aw).toBeLessThanOrEqual(Math.max(b.minLng, r.minLng));
      expect(ae).toBeGreaterThanOrEqual(Math.min(b.maxLng, r.maxLng));
      expect(as).toBeLessThanOrEqual(Math.max(b.minLat, r.minLat));
      expect(an).toBeGreaterThanOrEqual(Math.min(b.maxLat, r.maxLat));
      expect(ae - Math.min(b.maxLng, r.maxLng)).toBeLessThan(360 / 2 ** (zoom + 4));
      const want = facilities.filter((f) =>
        matches(f, { ...filters, bbox: { minLng: aw, minLat: as, maxLng: ae, maxLat: an } }),
      );
      expect(body.total, qs.toString()).toBe(want.length);
      const counted = body.features.reduce((n, f) => n + (f.properties.cluster ? f.properties.count : 1), 0);
      expect(counted).toBe(want.length);
      const ids = new Set(want.map((f) => f.id));
      for (const f of body.features) {
        if (!f.properties.cluster) expect(ids.has(f.properties.id)).toBe(true);
        else {
          expect(f.properties.count).toBeGreaterThan(1);
          const [w0, s0, e0, n0] = f.properties.bbox;
          const [lng, lat] = f.geometry.coordinates;
          expect(lng).toBeGreaterThanOrEqual(w0 - 1e-9);
          expect(lng).toBeLessThanOrEqual(e0 + 1e-9);
          expect(lat).toBeGreaterThanOrEqual(s0 - 1e-9);
          expect(lat).toBeLessThanOrEqual(n0 + 1e-9);
        }
      }
    }
  });

  it("reads the same clusters from the stored cells as from grouping facility_search live, at every stored zoom", async () => {
    const rng = createRng(5);
    for (let zoom = 5; zoom <= PYRAMID_MAX_ZOOM; zoom++) {
      for (const service of ["", rng.pick(SERVICE_CODES)]) {
        const span = 1200 / 2 ** zoom; // about 850 px wide
        const lat = 51 + rng.next() * 2.3,
          lng = 3.6 + rng.next() * 3.3;
        const q = ZClusterQuery.parse({
          bbox: `${lng - span / 2},${lat - span / 3},${lng + span / 2},${lat + span / 3}`,
          zoom: String(zoom),
          ...(service ? { service: [service] } : {}),
        });
        const stored = await clusterFacilities(pool, q);
        const live = await clusterFacilities(pool, q, { pyramid: false });
        expect(stored.total).toBe(live.total);
        expect(
          stored.features.map((f) => f.properties),
          `zoom ${zoom} ${service}`,
        ).toEqual(live.features.map((f) => f.properties));
        // Centres agree but for rounding (a sum of stored sums vs. one average).
        stored.features.forEach((f, i) =>
          f.geometry.coordinates.forEach((x, j) =>
            expect(Math.abs(x - live.features[i]!.geometry.coordinates[j]!)).toBeLessThan(1e-9),
          ),
        );
      }
    }
  });

  it("keeps the stored cells equal to a full rebuild when facilities move, close or lose a service", async () => {
    const client = await pool.connect();
    // Sums may differ in the last bits (summation order): compare them rounded.
    const cols = "term, z, cx, cy, n, round(lat_sum::numeric, 8), round(lng_sum::numeric, 8), s, w, nn, e, one";
    const diff = async () =>
      (
        await client.query<{ n: number }>(`
      SELECT count(*)::int AS n FROM ((SELECT ${cols} FROM facility_cell EXCEPT SELECT ${cols} FROM cells_before)
        UNION ALL (SELECT ${cols} FROM cells_before EXCEPT SELECT ${cols} FROM facility_cell)) d`)
      ).rows[0]!.n;
    try {
      await client.query("BEGIN");
      const [a, b, c] = facilities.filter((f) => f.status === "active" && f.services.length > 0);
      // Move one across the country, close another, take a service away from a third; refresh just those.
      await client.query("UPDATE facility SET lat = $2, lng = $3 WHERE id = $1", [a!.id, 53.2, 6.55]);
      await client.query("UPDATE facility SET status = 'closed' WHERE id = $1", [b!.id]);
      await client.query(
        "DELETE FROM service_at_location WHERE facility_id = $1 AND service_id = (SELECT service_id FROM service_at_location WHERE facility_id = $1 LIMIT 1)",
        [c!.id],
      );
      await client.query("SELECT refresh_facility_search($1::uuid[])", [[a!.id, b!.id, c!.id]]);
      await client.query("CREATE TEMP TABLE cells_before ON COMMIT DROP AS TABLE facility_cell");
      const moved = (await client.query("SELECT 1 FROM facility_cell WHERE term = '' AND z = 12 AND one = $1", [a!.id]))
        .rowCount;
      await client.query("SELECT rebuild_facility_cells()");
      expect(await diff()).toBe(0);
      expect(moved).toBe(1); // the moved facility now has a cell of its own near Groningen
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });

  it("shows all of the Netherlands as a few dozen clusters at zoom 7, and single facilities when zoomed in", async () => {
    const country = (await call("/api/v1/clusters?bbox=3.2,50.7,7.3,53.6&zoom=7")).body as Body;
    expect(country.total).toBe(facilities.filter((f) => f.status !== "closed").length);
    expect(country.features.length).toBeGreaterThan(5);
    expect(country.features.length).toBeLessThan(200);
    const single = country.features.filter((f) => !f.properties.cluster);
    expect(single.length).toBeLessThan(country.features.length);
    // Zoomed right in on one facility: it comes back on its own, with what the map's popup needs.
    const f = facilities.find((x) => x.status === "active")!;
    const near = (
      await call(
        `/api/v1/clusters?bbox=${f.lng - 0.0005},${f.lat - 0.0003},${f.lng + 0.0005},${f.lat + 0.0003}&zoom=19`,
      )
    ).body as Body;
    const hit = near.features.find((x) => !x.properties.cluster && x.properties.id === f.id);
    expect(hit?.properties).toMatchObject({
      cluster: false,
      id: f.id,
      slug: expect.any(String),
      name: expect.any(String),
    });
  });

  it("keeps clusters apart on screen", async () => {
    const body = (await call("/api/v1/clusters?bbox=4.6,51.9,5.4,52.3&zoom=10")).body as Body;
    const px = body.features.map((f) => mercatorPx(f.geometry.coordinates[1], f.geometry.coordinates[0], 10));
    let closest = Infinity;
    for (let i = 0; i < px.length; i++)
      for (let j = i + 1; j < px.length; j++)
        closest = Math.min(closest, Math.hypot(px[i]!.x - px[j]!.x, px[i]!.y - px[j]!.y));
    expect(body.features.length).toBeGreaterThan(3);
    expect(closest).toBeGreaterThan(15); // with no clustering, facilities a few metres apart would be < 1 px apart
  });

  it("answers problem+json for a missing, malformed or too large box and a bad zoom", async () => {
    const cases: [string, string, RegExp][] = [
      ["zoom=8", "bbox", /./],
      ["bbox=5,52,4,53&zoom=8", "bbox", /inverted/],
      ["bbox=3,50,8,54&zoom=14", "bbox", /zoom in/],
      ["bbox=4.8,52.3,5.0,52.4&zoom=25", "zoom", /5 to 19/],
      ["bbox=4.8,52.3,5.0,52.4&zoom=12&service=nope", "service", /unknown service code/],
      ["bbox=4.8,52.3,5.0,52.4&zoom=12&colour=red", "", /colour/],
    ];
    for (const [qs, parameter, detail] of cases) {
      const res = await call(`/api/v1/clusters?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(res.type).toContain("application/problem+json");
      const p = res.body as Problem;
      const hit = p.errors.find(
        (e) => (parameter ? e.parameter === parameter : true) && detail.test(e.detail + e.parameter),
      );
      expect(hit, `${qs}: ${JSON.stringify(p.errors)}`).toBeTruthy();
    }
  });

  it("answers an empty collection for a box outside the Netherlands and Flanders, and is cacheable", async () => {
    const res = await call("/api/v1/clusters?bbox=-74.1,40.6,-73.8,40.9&zoom=11");
    expect(res.status).toBe(200);
    expect((res.body as Body).features).toEqual([]);
    expect(res.cache).toMatch(/s-maxage=\d+/);
  });
});
