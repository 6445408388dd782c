import { GET } from "../app/api/v1/services/route";
import { closeDb, getReadPool } from "../lib/db";
import { getGeocoder } from "../lib/geocoder";
import { createRng } from "../lib/random";
import { SERVICE_CODES } from "../lib/reference/taxonomy";
import { ZServiceSearchQuery } from "../lib/schemas/services";
import { searchServices } from "../lib/server/services/search-services";

// DATABASE_URL=… npm run bench:services-parts — where a /api/v1/services request's time goes, in-process, one
// connection: round trip, postcode lookup, searchServices, the route handler (no HTTP, no Next.js router).

const pool = getReadPool();
const postcodes = (await pool.query<{ pc4: string }>("SELECT pc4 FROM postcode_area ORDER BY pc4")).rows.map(
  (r) => r.pc4,
);
const rng = createRng(42);
const asks = Array.from({ length: 1000 }, () => ({ postcode: rng.pick(postcodes), service: rng.pick(SERVICE_CODES) }));
const at = (i: number) => asks[i % asks.length]!;

async function time(name: string, n: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < Math.min(200, n); i++) await fn(i);
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))]!.toFixed(3);
  console.log(
    `${name.padEnd(24)} mean ${(ms.reduce((a, b) => a + b, 0) / n).toFixed(3)}  p50 ${pct(50)}  p95 ${pct(95)} ms`,
  );
}

await time("SELECT 1", 2000, () => pool.query({ name: "bench-one", text: "SELECT 1" }));
await time("postcode lookup", 2000, (i) => getGeocoder().postcode({ pc4: at(i).postcode, pc6: null }));
await time("searchServices", 1000, (i) =>
  searchServices(
    pool,
    getGeocoder(),
    ZServiceSearchQuery.parse({ postcode: at(i).postcode, service: [at(i).service] }),
  ),
);
const ctx = { params: Promise.resolve({}) };
await time("route handler", 1000, async (i) =>
  (await GET(new Request(`http://x/api/v1/services?postcode=${at(i).postcode}&service=${at(i).service}`), ctx)).text(),
);
await closeDb();
