import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import pg from "pg";

import { createRng } from "../lib/random";
import { ensureBuild, nextBin } from "../scripts/ensure-build";
import { waitFor } from "./api-drive";
import { benchServer, prepareScale } from "./bench-db";

// npm run bench:activities [-- --seconds 20 --scales 1,100 --reload]
// "What is on today within 5 km": GET /api/v1/activities?near=…&from=<a Tuesday>&radius_km=5&limit=20 against the
// production server, one connection, at random PC4 centroids (where people live) and at the centres of the largest
// cities (the densest answers). Prints p50/p95/p99 and writes the section of docs/benchmarks.md between its markers.

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
};
const SECONDS = Number(opt("seconds", "20"));
const SCALES = opt("scales", "1,100").split(",").map(Number);
const RELOAD = args.includes("--reload");
const DAY = "2026-12-08"; // a Tuesday in the demo season: reproducible, whatever day the bench runs
const CITIES: [string, number, number][] = [
  ["Amsterdam", 52.3731, 4.8922],
  ["Rotterdam", 51.9225, 4.4792],
  ["Den Haag", 52.0799, 4.3113],
  ["Utrecht", 52.0907, 5.1214],
  ["Eindhoven", 51.4416, 5.4697],
];

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function run(port: number, points: [number, number][], seconds: number) {
  const times: number[] = [];
  const counts: number[] = [];
  let errors = 0;
  let i = 0;
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const [lat, lng] = points[i++ % points.length] ?? [52, 5];
    const url = `http://127.0.0.1:${port}/api/v1/activities?near=${lat.toFixed(4)},${lng.toFixed(4)}&from=${DAY}&radius_km=5&limit=20`;
    const t0 = performance.now();
    const res = await fetch(url);
    const body = (await res.json()) as { data?: unknown[] };
    times.push(performance.now() - t0);
    if (!res.ok) errors++;
    counts.push(body.data?.length ?? 0);
  }
  times.sort((a, b) => a - b);
  counts.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    fullPages: counts.filter((c) => c === 20).length / counts.length,
  };
}

const server = await benchServer();
ensureBuild();
const lines: string[] = [];
for (const scale of SCALES) {
  console.log(`\n== scale ${scale}: preparing database …`);
  const db = await prepareScale(server.url, scale, RELOAD);
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  // The place indexes are read index-only, which needs the visibility map a vacuum writes (autovacuum does it in
  // production; right after a bulk load it has not run yet).
  await c.query("VACUUM (ANALYZE) activity");
  const activities = (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM activity")).rows[0]?.n ?? 0;
  const pc4 = (await c.query<{ lat: number; lng: number }>("SELECT lat, lng FROM postcode_area ORDER BY pc4")).rows;
  await c.end();
  const rng = createRng(7);
  const spread: [number, number][] = Array.from({ length: 2000 }, () => {
    const p = rng.pick(pc4);
    return [p.lat, p.lng];
  });
  const dense: [number, number][] = Array.from({ length: 500 }, () => {
    const [, lat, lng] = rng.pick(CITIES);
    return [lat + (rng.next() - 0.5) * 0.02, lng + (rng.next() - 0.5) * 0.03];
  });
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, PORT: "3212" };
  delete env.REDIS_URL;
  const app: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", "3212"], {
    env,
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitFor("http://127.0.0.1:3212/api/v1/taxonomy");
    await run(3212, spread, 5); // warm-up: JIT, pool connections, prepared statements
    for (const [label, points] of [
      ["random PC4 centroids", spread],
      ["centres of the 5 largest cities", dense],
    ] as const) {
      const r = await run(3212, [...points], SECONDS);
      const line = `| ${db.facilities.toLocaleString("en")} | ${activities.toLocaleString("en")} | ${label} | ${r.requests} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${Math.round(r.fullPages * 100)} % | ${r.errors} |`;
      console.log(line);
      lines.push(line);
    }
  } finally {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
  }
}
await server.stop();

const section = [
  "<!-- bench:activities -->",
  "## What is on today within 5 km (`npm run bench:activities`)",
  "",
  `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, PostgreSQL (embedded unless BENCH_DATABASE_URL), production build, one connection, ${SECONDS} s per row. \`GET /api/v1/activities?near=…&from=${DAY}&radius_km=5&limit=20\` (a Tuesday; the demo programmes: 3–8 activities at each buurthuis, dorpshuis and wijkcentrum). Times in ms, measured by the client per response.`,
  "",
  "| facilities | activities | points | requests | p50 | p95 | p99 | full pages (20) | errors |",
  "|---:|---:|---|---:|---:|---:|---:|---:|---:|",
  ...lines,
  "",
  "How dates are found: not stored. Each activity keeps its rule in columns (freq, step, weekday bits, n-th weekday codes) beside the RRULE, and `activity_on(…, day)` (SQL, inlined by the planner) tests a day; around a point the days are read in order until the page is full, each from that weekday's partial GiST index on the activity's own place (copied from its facility by triggers; INCLUDE columns make the scan index-only), and only the page's rows are joined to their facility and exceptions. Nothing to keep up to date (no window to roll forward, no job), a change is visible at once, and the cost grows with the activities within the radius, not with the calendar.",
  "<!-- /bench:activities -->",
].join("\n");
const doc = readFileSync("docs/benchmarks.md", "utf8");
const re = /<!-- bench:activities -->[\s\S]*<!-- \/bench:activities -->/;
writeFileSync("docs/benchmarks.md", re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n${section}\n`);
console.log("\nwritten to docs/benchmarks.md");
