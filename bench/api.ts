import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import autocannon from "autocannon";
import pg from "pg";

import { createRng } from "../lib/random";
import { SERVICE_CODES } from "../lib/reference/taxonomy";
import { ensureBuild, nextBin } from "../scripts/ensure-build";
import { benchServer, prepareScale } from "./bench-db";
import { startFloorServer } from "./floor-server";

// npm run bench [-- --seconds 15 --scales 1,100 --reload]
// Loads 6k and 600k facilities into separate databases (kept between runs unless --reload), starts the production
// server and a plain node+pg floor server on each, and drives GET /api/v1/facilities?near=…&service=…&limit=10 at
// random Dutch points and services with 1 and 10 connections. Prints figures and writes docs/benchmarks.md.

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
};
const SECONDS = Number(opt("seconds", "15"));
const SCALES = opt("scales", "1,100").split(",").map(Number);
const RELOAD = args.includes("--reload");
// facilities: the nearest search (with a node+pg floor server running the same SQL); services: /api/v1/services for a
// client's postcode (issue 5's figure).
const ENDPOINT = opt("endpoint", "facilities") as "facilities" | "services";

type Row = {
  scale: number;
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  bytes: number;
  errors: number;
  requests: number;
  distinct: number;
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

let postcodes: string[] = [];

function randomPaths(n: number): string[] {
  const rng = createRng(42);
  if (ENDPOINT === "services")
    return Array.from(
      { length: n },
      () => `/api/v1/services?postcode=${rng.pick(postcodes)}&service=${rng.pick(SERVICE_CODES)}`,
    );
  return Array.from({ length: n }, () => {
    const lat = (50.8 + rng.next() * 2.6).toFixed(4);
    const lng = (3.6 + rng.next() * 3.4).toFixed(4);
    return `/api/v1/facilities?near=${lat},${lng}&service=${rng.pick(SERVICE_CODES)}&limit=10`;
  });
}

async function drive(port: number, connections: number): Promise<Omit<Row, "scale" | "target">> {
  const paths = randomPaths(5000);
  let i = 0;
  const times: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: SECONDS,
        pipelining: 1,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_c: unknown, _s: number, resBytes: number, ms: number) => {
      times.push(ms);
      bytes += resBytes;
    });
  });
  times.sort((a, b) => a - b);
  return {
    connections,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    bytes: Math.round(bytes / Math.max(1, times.length)),
    errors: result.errors + result.non2xx,
    requests: times.length,
    distinct: new Set(paths.slice(0, Math.min(i, paths.length))).size,
  };
}

async function waitFor(url: string): Promise<void> {
  for (let t = 0; t < 300; t++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

// What runs against each scale: the facilities search (app + floor server), or the services API in its cache states:
// cold (cache off: every answer computed), filling (cache on, empty at the start), warm (every question of the mix
// asked once before measuring) in memory and in Redis. Figures per state, never mixed.
type Variant = { label: string; env: Record<string, string>; warm: "none" | "empty" | "all" };
const REDIS = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const VARIANTS: Variant[] =
  ENDPOINT === "services"
    ? [
        { label: "cache off", env: { RESPONSE_CACHE: "off" }, warm: "none" },
        { label: "cache filling (memory)", env: {}, warm: "empty" },
        { label: "cache warm (memory)", env: {}, warm: "all" },
        { label: "cache warm (Redis)", env: { REDIS_URL: REDIS }, warm: "all" },
      ]
    : [{ label: "buurtwijzer", env: {}, warm: "none" }];

/** Every distinct question of the mix once, 4 at a time: afterwards each request of the mix is a cache hit. */
async function askAll(port: number): Promise<number> {
  const distinct = [...new Set(randomPaths(5000))];
  for (let i = 0; i < distinct.length; i += 4)
    await Promise.all(distinct.slice(i, i + 4).map(async (p) => (await fetch(`http://127.0.0.1:${port}${p}`)).text()));
  return distinct.length;
}

const server = await benchServer();
ensureBuild();

const rows: Row[] = [];
const loads: string[] = [];
for (const scale of SCALES) {
  console.log(`\n== scale ${scale}: preparing database …`);
  const db = await prepareScale(server.url, scale, RELOAD);
  loads.push(
    `scale ${scale}: ${db.facilities.toLocaleString("en")} facilities${db.loadSeconds !== null ? `, generated + loaded + indexed in ${db.loadSeconds.toFixed(1)} s` : " (loaded earlier)"}`,
  );
  console.log(loads.at(-1));
  const pgc = new pg.Client({ connectionString: db.url });
  await pgc.connect();
  postcodes = (await pgc.query<{ pc4: string }>("SELECT pc4 FROM postcode_area ORDER BY pc4")).rows.map((r) => r.pc4);
  for (const v of VARIANTS) {
    // Its own process group, so that stopping it also stops the next-server child it forks.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, PORT: "3210", ...v.env };
    if (!("REDIS_URL" in v.env)) delete env.REDIS_URL;
    const app: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", "3210"], {
      env,
      stdio: "ignore",
      detached: true,
    });
    const floor = ENDPOINT === "facilities" ? await startFloorServer(db.url, 3211) : null;
    try {
      await waitFor("http://127.0.0.1:3210/api/v1/taxonomy");
      const targets: [string, number][] = floor
        ? [
            [v.label, 3210],
            ["floor (node+pg)", 3211],
          ]
        : [[v.label, 3210]];
      for (const [target, port] of targets) {
        // Warm-up, not recorded: JIT, and all ten pool connections (each a new PostgreSQL backend that must fill its
        // caches and prepare its statements — measured cold, that alone halved the 10-connection figures at 600k).
        await drive(port, 1);
        await drive(port, 10);
        // A new data generation: whatever the warm-up (or an earlier run, in Redis) cached is not found any more.
        if (v.warm !== "none") await pgc.query("SELECT bump_cache_generation()");
        if (v.warm === "all") console.log(`${target}: asked ${await askAll(port)} distinct questions first`);
        for (const connections of v.warm === "empty" ? [10] : [1, 10]) {
          const r = { scale, target, ...(await drive(port, connections)) };
          rows.push(r);
          console.log(
            `${target.padEnd(24)} c=${String(connections).padStart(2)}  ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  ${r.bytes} B  errors ${r.errors}`,
          );
        }
      }
    } finally {
      if (app.pid) process.kill(-app.pid, "SIGTERM");
      await floor?.close();
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  await pgc.end();
}
await server.stop();

const cpu = cpus()[0]?.model ?? "unknown CPU";
const pgVersion = process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "embedded PostgreSQL 17.10";
const table = [
  "| facilities | server | connections | req/s | p50 ms | p95 ms | p99 ms | bytes/response | errors | requests (distinct) |",
  "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${(r.scale * 6000).toLocaleString("en")} | ${r.target} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.bytes} | ${r.errors} | ${r.requests} (${r.distinct}) |`,
  ),
].join("\n");
const what =
  ENDPOINT === "services"
    ? "`GET /api/v1/services?postcode=<random known PC4>&service=<random code>` (25 services, in-area first)"
    : "`GET /api/v1/facilities?near=<random NL point>&service=<random code>&limit=10`";
const report = `## API: ${ENDPOINT === "services" ? "services for a client's postcode" : "nearest with a service filter"}

\`npm run bench\` — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${SECONDS} s per cell after a warm-up,
on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${pgVersion}.
Load generator (autocannon) on the same machine. Request: ${what}.

${loads.map((l) => `- ${l}`).join("\n")}

${table}
`;
writeFileSync(`bench/out-${ENDPOINT}.md`, report);
console.log(`\n${report}\n(written to bench/out-${ENDPOINT}.md; copy into docs/benchmarks.md with the analysis)`);
process.exit(0);
