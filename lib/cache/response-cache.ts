import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Redis } from "ioredis";
import type pg from "pg";

import { serverEnv } from "../env/server";
import { getRedis } from "../redis";

// A shared cache of whole API answers, for the read-heavy public side (GET /api/v1/services). Entries are keyed by
// the data generation (table cache_generation, raised at the commit of every change to public data) plus the
// normalised request, so an answer is served only while the data it was made from is current: after a change the
// next request misses and computes afresh — no purge, no waiting for a TTL. The TTL (300 s, the CDN's s-maxage) only
// bounds memory and the rare write that bypasses the generation (a hand edit in psql).
//
// Correctness: the generation is read before computing (g0) and again after (g1); the answer is stored only when both
// match, i.e. no change committed while it was being computed — so an entry never pairs old data with a new
// generation, also when reads go to a replica.
//
// Where: Redis when REDIS_URL is set (every app server shares the entries), else a bounded in-memory LRU per
// process — still correct with several servers, since the generation lives in PostgreSQL. RESPONSE_CACHE=off turns
// it off (the benchmark's cold figures).

// Values are the answer's UTF-8 bytes: written to the socket as they are (no encoding per request), and in memory
// they live outside the JavaScript heap, so tens of megabytes of cached answers add nothing to garbage collection.
export interface CacheStore {
  get(key: string): Promise<Buffer | null>;
  set(key: string, value: Buffer, ttlS: number): Promise<void>;
}

/** Least recently used first out, bounded by the bytes stored. */
export class MemoryCacheStore implements CacheStore {
  private readonly entries = new Map<string, { value: Buffer; expiresAt: number }>();
  private bytes = 0;
  constructor(private readonly maxBytes = 64 * 2 ** 20) {}

  async get(key: string): Promise<Buffer | null> {
    const e = this.entries.get(key);
    if (!e) return null;
    this.entries.delete(key);
    if (e.expiresAt <= Date.now()) {
      this.bytes -= e.value.length;
      return null;
    }
    this.entries.set(key, e); // most recently used goes last
    return e.value;
  }

  async set(key: string, value: Buffer, ttlS: number): Promise<void> {
    if (value.length > this.maxBytes / 8) return; // one huge answer must not empty the cache
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.value.length;
    }
    this.entries.set(key, { value, expiresAt: Date.now() + ttlS * 1000 });
    this.bytes += value.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.value.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

export class RedisCacheStore implements CacheStore {
  constructor(private readonly redis: Redis) {}
  // A cache must never make an answer slower or fail it: while Redis is away, every request is a plain miss.
  private get up(): boolean {
    return this.redis.status === "ready";
  }
  async get(key: string): Promise<Buffer | null> {
    return this.up ? await this.redis.getBuffer(key).catch(() => null) : null;
  }
  async set(key: string, value: Buffer, ttlS: number): Promise<void> {
    if (this.up) await this.redis.set(key, value, "EX", ttlS).catch(() => {});
  }
}

const g = globalThis as { __buurtwijzerResponseCache?: Promise<CacheStore | null> };

function defaultStore(): Promise<CacheStore | null> {
  g.__buurtwijzerResponseCache ??=
    serverEnv().RESPONSE_CACHE === "off"
      ? Promise.resolve(null)
      : getRedis().then((redis) =>
          redis ? new RedisCacheStore(redis) : new MemoryCacheStore(serverEnv().RESPONSE_CACHE_MB * 2 ** 20),
        );
  return g.__buurtwijzerResponseCache;
}

// Answers of one build only: during a rolling deploy old and new servers share Redis, and a new build may shape its
// answers differently.
let build: string | undefined;
function buildId(): string {
  if (build === undefined) {
    try {
      build = readFileSync(join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      build = "dev";
    }
  }
  return build;
}

export async function dataGeneration(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ n: string }>({
    name: "cache-generation",
    text: "SELECT n::text AS n FROM cache_generation WHERE id = 1",
  });
  return rows[0]?.n ?? "0";
}

/** A stable key for a parsed query: object keys sorted, list values sorted and without repeats. */
export function queryKey(query: Record<string, unknown>): string {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? [...new Set(v.map(String))].sort()
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== undefined)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, norm(x)]),
          )
        : v;
  return JSON.stringify(norm(query));
}

export type Cached = { body: Buffer; cache: "hit" | "miss" | "off" };

/** The answer for `key` made from current data: from the cache, or computed (and stored when nothing changed meanwhile). */
export async function cachedBody(
  pool: pg.Pool,
  key: string,
  compute: () => Promise<string>,
  opts: { ttlS?: number; store?: CacheStore | null } = {},
): Promise<Cached> {
  const store = opts.store !== undefined ? opts.store : await defaultStore();
  if (!store) return { body: Buffer.from(await compute()), cache: "off" };
  const g0 = await dataGeneration(pool);
  const k = `bw:rc:${buildId()}:${g0}:${key}`;
  const hit = await store.get(k);
  if (hit !== null) return { body: hit, cache: "hit" };
  const body = Buffer.from(await compute());
  if ((await dataGeneration(pool)) === g0) await store.set(k, body, opts.ttlS ?? 300);
  return { body, cache: "miss" };
}
