import pg from "pg";

import { migrateDeploy } from "../lib/db/bootstrap";
import { startEmbedded } from "../lib/db/embedded";
import { seedIfEmpty } from "../prisma/demo/seed-if-empty";

// The benchmarks' databases: one per scale (buurtwijzer_bench_<scale>) on BENCH_DATABASE_URL's server or an embedded
// one in .data/pg-bench (port 15434), kept between runs unless reload is asked.

export async function benchServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  return process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startEmbedded({ dataDir: ".data/pg-bench", port: 15434, database: "postgres" });
}

export async function prepareScale(
  serverUrl: string,
  scale: number,
  reload = false,
): Promise<{ url: string; loadSeconds: number | null; facilities: number }> {
  const name = `buurtwijzer_bench_${scale}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  if (reload && exists) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  if (reload || !exists) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  migrateDeploy(url);
  const started = Date.now();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const had = (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM facility")).rows[0]!.n;
  let loadSeconds: number | null = null;
  if (had === 0) {
    await seedIfEmpty(url, { scale });
    loadSeconds = (Date.now() - started) / 1000;
  }
  const facilities = (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM facility")).rows[0]!.n;
  await c.end();
  return { url, loadSeconds, facilities };
}
