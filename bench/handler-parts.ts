import { GET } from "../app/api/v1/facilities/route";
import { closeDb, getReadPool } from "../lib/db";
import { getGeocoder } from "../lib/geocoder";
import { ZFacilitySearchQuery } from "../lib/schemas/facility-search";
import { findNearestFacilities } from "../lib/server/search/find-nearest-facilities";
import { searchFacilities } from "../lib/server/search/search-facilities";

// DATABASE_URL=… npm run bench:parts — where a search request's time goes, in-process, one connection:
// round trip, the SQL, the search function, the route handler (no HTTP, no Next.js router).

const services = ["schuldhulp", "inloop", "buurtwerk", "jongerenwerk"];
const points = Array.from({ length: 500 }, (_, i) => ({
  lat: 51 + (i % 23) / 10,
  lng: 4 + (i % 17) / 7,
  service: services[i % 4] ?? "inloop",
}));
const at = (i: number) => points[i % points.length] ?? { lat: 52, lng: 5, service: "inloop" };
const pool = getReadPool();

async function time(name: string, fn: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 300; i++) await fn(i);
  const started = performance.now();
  for (let i = 0; i < 2000; i++) await fn(i);
  console.log(`${name.padEnd(24)} ${((performance.now() - started) / 2000).toFixed(3)} ms`);
}

await time("SELECT 1", () => pool.query({ name: "bench-one", text: "SELECT 1" }));
await time("nearest query (SQL)", (i) =>
  findNearestFacilities(pool, at(i), { services: [at(i).service] }, { limit: 11 }),
);
await time("searchFacilities", (i) =>
  searchFacilities(
    pool,
    getGeocoder(),
    ZFacilitySearchQuery.parse({ near: `${at(i).lat},${at(i).lng}`, service: [at(i).service], limit: "10" }),
  ),
);
const ctx = { params: Promise.resolve({}) };
await time("route handler", async (i) =>
  (
    await GET(
      new Request(`http://x/api/v1/facilities?near=${at(i).lat},${at(i).lng}&service=${at(i).service}&limit=10`),
      ctx,
    )
  ).text(),
);
await closeDb();
