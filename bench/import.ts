import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import pg from "pg";

import { migrateDeploy } from "../lib/db/bootstrap";
import { seedIfEmpty } from "../prisma/demo/seed-if-empty";
import { benchServer } from "./bench-db";

// npm run bench:import [-- --rows 600000] — `npm run import` of a generated CSV (one line per facility, with
// coordinates) into an empty database: wall time and peak memory (VmHWM of the import process), then the same file
// again (everything unchanged, nothing written). Issue 15's figures: 600k in ≤ 3 min at ≤ 500 MB; again ≤ 1 min.

const args = process.argv.slice(2);
const ROWS = Number(args[args.indexOf("--rows") + 1] ?? 600_000) || 600_000;
const TYPES = ["buurthuis", "dorpshuis", "wijkcentrum", "buurtkamer"];
const NAMES = ["De Akker", "Het Anker", "De Brink", "De Linde", "Het Kompas", "De Schakel", "De Horst", "Oosterpoort"];

async function database(server: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "buurtwijzer_bench_import" WITH (FORCE)');
  await admin.query('CREATE DATABASE "buurtwijzer_bench_import"');
  await admin.end();
  const u = new URL(server);
  u.pathname = "/buurtwijzer_bench_import";
  migrateDeploy(u.toString());
  await seedIfEmpty(u.toString(), { demo: false });
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  await c.query("INSERT INTO organization (slug, name) VALUES ('bench-org', 'Bench Welzijn')");
  const { rows } = await c.query<{ pc4: string; place: string; lat: number; lng: number }>(
    "SELECT pc4, place, lat, lng FROM postcode_area WHERE gemeente_code IS NOT NULL ORDER BY pc4",
  );
  await c.end();
  areas = rows;
  return u.toString();
}
let areas: { pc4: string; place: string; lat: number; lng: number }[] = [];

async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write("extern_id;naam;soort;straat;huisnummer;postcode;plaats;lat;lng;telefoon;openingstijden;rolstoel\n");
  for (let i = 0; i < ROWS; i++) {
    const a = areas[i % areas.length]!;
    const letters = String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26));
    const line = `b${i};Buurthuis ${NAMES[i % NAMES.length]} ${i};${TYPES[i % 4]};Dorpsstraat;${(i % 997) + 1};${a.pc4} ${letters};${a.place};${(a.lat + ((i * 37) % 200) * 1e-4).toFixed(5)};${(a.lng + ((i * 53) % 200) * 1e-4).toFixed(5)};030 ${String(1000000 + i).slice(-7)};Mo-Fr 09:00-17:00;ja\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

/** Runs the CLI; wall seconds and peak RSS (MB) of its process. */
function runImport(
  url: string,
  file: string,
): Promise<{ seconds: number; peakMb: number; report: Record<string, unknown> }> {
  const started = Date.now();
  // BENCH_PROFILE_DIR=/tmp/prof: a CPU profile of each import process, to see where the time goes.
  const prof = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(
    process.execPath,
    [
      ...prof,
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/import.ts",
      file,
      "--org",
      "bench-org",
      "--json",
    ],
    {
      env: { ...process.env, DATABASE_URL: url, IMPORT_MAX_MB: "1000" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      /* exited */
    }
  }, 200);
  let stdout = "";
  child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
  return new Promise((resolve, reject) =>
    child.on("close", (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`import exited ${code}: ${stdout.slice(0, 2000)}`));
      resolve({
        seconds: (Date.now() - started) / 1000,
        peakMb: peak,
        report: JSON.parse(stdout) as Record<string, unknown>,
      });
    }),
  );
}

const server = await benchServer();
try {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
  const url = await database(server.url);
  const file = join(mkdtempSync(join(tmpdir(), "bw-bench-import-")), "facilities.csv");
  await writeCsv(file);
  console.log(`${ROWS} rows, ${(statSync(file).size / 2 ** 20).toFixed(1)} MB CSV\n`);
  const first = await runImport(url, file);
  const again = await runImport(url, file);
  const row = (what: string, r: typeof first) =>
    `| ${what} | ${r.seconds.toFixed(1)} s | ${r.peakMb.toFixed(0)} MB | ${r.report.new} | ${r.report.unchanged} |`;
  console.log(
    "| run | wall time (incl. start, migrate check) | peak RSS | new | unchanged |\n|---|---:|---:|---:|---:|",
  );
  console.log(row("first import", first));
  console.log(row("same file again", again));
} finally {
  await server.stop();
}
