import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

import { migrateDeploy } from "../../lib/db/bootstrap";
import { startEmbedded, type Embedded } from "../../lib/db/embedded";
import { seedIfEmpty } from "../../prisma/demo/seed-if-empty";
import { freePort } from "./app-server";

// One fresh test database per run, on a real PostgreSQL: TEST_DATABASE_URL's server, else DATABASE_URL's server
// (database `buurtwijzer_test`), else an embedded PostgreSQL of its own (a fresh folder in the OS temp dir, a free port). Migrated with the committed
// migrations and loaded with the scale-1 demo data, which the tests read but never change.

const TEST_DB = "buurtwijzer_test";
let embedded: Embedded | undefined;
let dataDir: string | undefined;

async function recreate(serverUrl: string, database: string): Promise<string> {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let server = given;
  if (!server) {
    // A port the OS says is free, unless one is given: a fixed default let a second checkout's run (a CI clone next to
    // a working copy) reach the first one's server and drop its database mid-run.
    const port = process.env.BUURTWIJZER_TEST_PG_PORT ? Number(process.env.BUURTWIJZER_TEST_PG_PORT) : await freePort();
    // Its own data folder too: two runs in one checkout (an integration file while an e2e file runs) shared
    // .data/pg-test, and the second could not start its server.
    dataDir = mkdtempSync(join(tmpdir(), "buurtwijzer-test-pg-"));
    chmodSync(dataDir, 0o755); // the embedded server runs as the OS user postgres when we are root
    embedded = await startEmbedded({ dataDir: join(dataDir, "pg"), port, database: "postgres" });
    server = embedded.url;
  }
  const url = await recreate(server, TEST_DB);
  const started = Date.now();
  migrateDeploy(url);
  await seedIfEmpty(url);
  console.log(`[test db] ${url.replace(/:[^:@/]*@/, ":***@")} migrated and seeded in ${Date.now() - started} ms`);
  process.env.DATABASE_URL = url;
  project.provide("databaseUrl", url);
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
