import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

import { startEmbedded, type Embedded } from "./embedded";

// Resolves the database the app runs on: DATABASE_URL when set, else the embedded PostgreSQL in .data/pg.
// Then applies committed migrations (prisma migrate deploy), which is idempotent.

const require = createRequire(import.meta.url);

export async function resolveDatabase(
  opts: { embeddedDir?: string; port?: number; database?: string } = {},
): Promise<Embedded> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  return startEmbedded({
    dataDir: opts.embeddedDir ?? process.env.BUURTWIJZER_PG_DIR ?? ".data/pg",
    port: opts.port ?? Number(process.env.BUURTWIJZER_PG_PORT ?? 15432),
    database: opts.database ?? "buurtwijzer",
  });
}

export function migrateDeploy(url: string): void {
  const cli = require.resolve("prisma/build/index.js");
  const run = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${run.stdout}\n${run.stderr}`);
  }
}
