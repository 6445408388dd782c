import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

import { runtimeEnv } from "../env/runtime";
import { startEmbedded, type Embedded } from "./embedded";

// Resolves the database the app runs on: DATABASE_URL when set, else the embedded PostgreSQL in .data/pg.
// Then applies committed migrations (prisma migrate deploy), which is idempotent.

const require = createRequire(import.meta.url);

export async function resolveDatabase(
  opts: { embeddedDir?: string; port?: number; database?: string } = {},
): Promise<Embedded> {
  const env = runtimeEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  return startEmbedded({
    dataDir: opts.embeddedDir ?? env.BUURTWIJZER_PG_DIR,
    port: opts.port ?? env.BUURTWIJZER_PG_PORT,
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
