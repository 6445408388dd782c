import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import pg from "pg";

import { ensureBuild, nextBin } from "../scripts/ensure-build";
import { askAll, drive, waitFor, type Endpoint, type Load, type Row } from "./api-drive";
import { apiReport } from "./api-report";
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
const ENDPOINT = opt("endpoint", "facilities") as Endpoint;

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
  const postcodes = (await pgc.query<{ pc4: string }>("SELECT pc4 FROM postcode_area ORDER BY pc4")).rows.map(
    (r) => r.pc4,
  );
  const load: Load = { endpoint: ENDPOINT, postcodes, seconds: SECONDS };
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
        await drive(load, port, 1);
        await drive(load, port, 10);
        // A new data generation: whatever the warm-up (or an earlier run, in Redis) cached is not found any more.
        if (v.warm !== "none") await pgc.query("SELECT bump_cache_generation()");
        if (v.warm === "all") console.log(`${target}: asked ${await askAll(load, port)} distinct questions first`);
        for (const connections of v.warm === "empty" ? [10] : [1, 10]) {
          const r = { scale, target, ...(await drive(load, port, connections)) };
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

const report = apiReport(ENDPOINT, SECONDS, loads, rows);
writeFileSync(`bench/out-${ENDPOINT}.md`, report);
console.log(`\n${report}\n(written to bench/out-${ENDPOINT}.md; copy into docs/benchmarks.md with the analysis)`);
process.exit(0);
