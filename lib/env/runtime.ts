import { z } from "zod";

import { envReader, optional, parseEnv, positiveInt, tcpPort, withDefault, type RawEnv } from "./read";

// What the app server and the scripts (`npm start`, the seed, migrations) both read: the database, the embedded
// PostgreSQL, shutdown. No "server-only" here because plain Node scripts import it; nothing in the browser does
// (dependency rules keep lib/db out of components). Secrets of the app alone are in ./server.ts.

const shape = {
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  PORT: optional(tcpPort),
  /** The primary database; unset: `npm start`/`npm run dev` start the embedded one and set it for the app. */
  DATABASE_URL: optional(z.string()),
  DATABASE_REPLICA_URL: optional(z.string()),
  DATABASE_POOL_SIZE: withDefault(positiveInt("connections"), 10),
  DATABASE_CONNECT_TIMEOUT_MS: withDefault(positiveInt("milliseconds"), 5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: withDefault(positiveInt("milliseconds"), 15_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: withDefault(positiveInt("milliseconds"), 30_000),
  BUURTWIJZER_PG_DIR: withDefault(z.string(), ".data/pg"),
  BUURTWIJZER_PG_PORT: withDefault(tcpPort, 15432),
  /** Any value: the embedded server's log lines are printed. */
  BUURTWIJZER_PG_LOG: optional(z.string()).transform(Boolean),
  /** `1`: demo accounts may sign in in production (set by `npm start` on its embedded database). */
  BUURTWIJZER_DEMO: optional(z.string()),
  SHUTDOWN_GRACE_MS: withDefault(positiveInt("milliseconds"), 10_000),
};

export type RuntimeEnv = z.output<z.ZodObject<typeof shape>>;

export const runtimeEnv = envReader(shape);

/** The same variables from a given record (tests, a child's environment). */
export const parseRuntimeEnv = (raw: RawEnv): RuntimeEnv => parseEnv(shape, raw);
