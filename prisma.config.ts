import { defineConfig } from "prisma/config";

import { MigrationAdapterFactory } from "./lib/db/migration-adapter";

// Prisma 6.19 with the WASM schema engine: no engine binary is downloaded (this workplace cannot reach Prisma's
// binary host). Without a DATABASE_URL the CLI would try to download one and fail with a misleading ENOTFOUND,
// so a default URL (the embedded database of scripts/with-db.ts) is always resolved.
const url = process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:15432/buurtwijzer";
process.env.DATABASE_URL = url;

// The WASM engine leaves 10 s / 60 s timers armed, so each CLI run would idle up to a minute before exiting.
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
  const t = realSetTimeout(fn, ms, ...rest);
  if ((ms ?? 0) >= 1000 && /wasm/i.test(new Error().stack ?? "")) t.unref();
  return t;
}) as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new MigrationAdapterFactory(url),
});
