import pg from "pg";

import type { RawEnv } from "../env/read";
import { parseRuntimeEnv, runtimeEnv } from "../env/runtime";

// node-postgres pool shared by Prisma's driver adapter and the hand-written geo queries.
// @prisma/adapter-pg 6.19.3 cannot map the column types `name` (OID 19), `"char"` (18) and `name[]` (1003)
// (prisma/orm#27403): pg has already decoded them as strings, so we relabel them as text / text[].
const RELABEL: Record<number, number> = { 19: 25, 18: 25, 1003: 1009 };

function relabel(result: unknown): void {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results) {
    const fields = (r as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
    if (!fields) continue;
    for (const f of fields) {
      const to = RELABEL[f.dataTypeID];
      if (to !== undefined) f.dataTypeID = to;
    }
  }
}

class RelabellingClient extends pg.Client {
  // pg's overloads make a precise override impractical; we only post-process the resolved value.
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const cb = args[last];
    if (typeof cb === "function") {
      // pg.Pool#query calls Client#query with a callback.
      args[last] = (err: unknown, r: unknown) => {
        if (!err) relabel(r);
        (cb as (e: unknown, r: unknown) => void)(err, r);
      };
    }
    const ret = (super.query as (...a: unknown[]) => unknown).apply(this, args);
    if (ret && typeof (ret as Promise<unknown>).then === "function") {
      return (ret as Promise<unknown>).then((r) => {
        relabel(r);
        return r;
      }) as never;
    }
    return ret as never;
  }
}

export function createPool(config: string | pg.PoolConfig, max = 10): pg.Pool {
  const base = typeof config === "string" ? { connectionString: config } : config;
  const pool = new pg.Pool({ max, allowExitOnIdle: true, ...base, Client: RelabellingClient });
  // An idle connection cut by the server (restart, failover, DROP DATABASE … WITH (FORCE)) is emitted on the pool;
  // without a listener that is an uncaught exception that ends the whole process. The pool drops the client and
  // opens a new one when needed.
  pool.on("error", (e) => console.warn(`[db] idle connection closed by the server: ${e.message}`));
  return pool;
}

// Session settings of the public read path.
// - plan_cache_mode: the read path runs a few query shapes very often; a generic plan (planned once per connection)
//   saves the ~0.5–0.8 ms that planning the nearest query costs, and its plan is index-driven whatever the values.
// - enable_bitmapscan: the planner cannot estimate how many rows a term's band (a box on facility_search.kpt)
//   holds and guesses few, so it prefers reading the whole band through a bitmap and sorting it (14 ms at 60k
//   facilities) to the KNN index scan that stops after k rows (0.3 ms). Discouraging bitmap scans keeps the KNN
//   plan; the other read queries are plain index lookups.
export const READ_SESSION_OPTIONS = "-c plan_cache_mode=force_generic_plan -c enable_bitmapscan=off";

// Limits of the app's own pools, so a fault ends a request instead of hanging it (security review finding 2):
// - connectionTimeoutMillis: a request that finds every connection busy fails after this long (answered 503) instead
//   of queueing for ever.
// - statement_timeout / idle_in_transaction_session_timeout: the server ends a query or an abandoned transaction that
//   runs away, which also frees its locks.
// - query_timeout: the client gives up on a query whose connection went silent (a cut network shows no error).
// Each can be set in the environment (milliseconds). Migrations and the demo loader use their own pools without them.
export function appPoolConfig(connectionString: string, raw?: RawEnv): pg.PoolConfig {
  const env = raw ? parseRuntimeEnv(raw) : runtimeEnv();
  const statement = env.DATABASE_STATEMENT_TIMEOUT_MS;
  const idleInTx = env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS;
  return {
    connectionString,
    options: `${READ_SESSION_OPTIONS} -c statement_timeout=${statement} -c idle_in_transaction_session_timeout=${idleInTx}`,
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    query_timeout: statement + 5_000,
    keepAlive: true,
  };
}
