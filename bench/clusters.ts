import { cpus, totalmem } from "node:os";

import { createPool, READ_SESSION_OPTIONS } from "../lib/db/pg-pool";
import { mercatorLatLng, mercatorPx } from "../lib/geo/web-mercator";
import { ZClusterQuery } from "../lib/schemas/clusters";
import { readFacilitySearchParams } from "../lib/schemas/facility-search";
import { clusterFacilities } from "../lib/server/clusters/cluster-facilities";
import { benchServer, prepareScale } from "./bench-db";

// npm run bench:clusters [-- --scales 1,100 --runs 30] — what GET /api/v1/clusters costs behind the route (SQL +
// supercluster; the route adds ≈ 1 ms, see bench/api.ts) for typical map views, at 6k and 600k facilities.
// Views are 1280 × 800 px boxes (what the map asks for, snapped to tiles) at the zoom named.

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
};
const SCALES = opt("scales", "1,100").split(",").map(Number);
const RUNS = Number(opt("runs", "30"));

/** A 1280 × 800 px view centred on lat/lng at zoom z, as a bbox. */
function view(lat: number, lng: number, z: number): string {
  const { x, y } = mercatorPx(lat, lng, z);
  const sw = mercatorLatLng(x - 640, y + 400, z),
    ne = mercatorLatLng(x + 640, y - 400, z);
  return `${sw.lng.toFixed(6)},${sw.lat.toFixed(6)},${ne.lng.toFixed(6)},${ne.lat.toFixed(6)}`;
}

const VIEWS: [string, string][] = [
  ["the country, zoom 7", `bbox=${view(52.2, 5.3, 7)}&zoom=7`],
  ["the country, zoom 8, one service", `bbox=${view(52.2, 5.3, 8)}&zoom=8&service=schuldhulp`],
  ["a province, zoom 10", `bbox=${view(52.09, 5.12, 10)}&zoom=10`],
  ["a city, zoom 12", `bbox=${view(52.09, 5.12, 12)}&zoom=12`],
  ["a city, zoom 13 (live)", `bbox=${view(52.09, 5.12, 13)}&zoom=13`],
  ["a district, zoom 15, one service (live)", `bbox=${view(52.09, 5.12, 15)}&zoom=15&service=inloop`],
  ["a city, zoom 12, wheelchair (live)", `bbox=${view(52.09, 5.12, 12)}&zoom=12&wheelchair=true`],
  ["the country, zoom 8, wheelchair (live)", `bbox=${view(52.2, 5.3, 8)}&zoom=8&wheelchair=true`],
];

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const server = await benchServer();
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${RUNS} runs per view\n`,
);
console.log(
  "| facilities | view | markers | facilities counted | median | p95 | bytes (JSON) |\n|---:|---|---:|---:|---:|---:|---:|",
);
for (const scale of SCALES) {
  const db = await prepareScale(server.url, scale);
  const pool = createPool({ connectionString: db.url, options: READ_SESSION_OPTIONS, max: 2 });
  for (const [label, qs] of VIEWS) {
    const q = ZClusterQuery.parse(readFacilitySearchParams(new URLSearchParams(qs)));
    const runs = Math.max(3, scale >= 100 && label.includes("country") && label.includes("live") ? 3 : RUNS);
    const times: number[] = [];
    let answer = await clusterFacilities(pool, q); // warm: plan cached, pages in memory
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      answer = await clusterFacilities(pool, q);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${db.facilities.toLocaleString("en")} | ${label} | ${answer.features.length} | ${answer.total.toLocaleString("en")} | ${pct(times, 50).toFixed(1)} ms | ${pct(times, 95).toFixed(1)} ms | ${JSON.stringify(answer).length.toLocaleString("en")} |`,
    );
  }
  await pool.end();
}
await server.stop();
