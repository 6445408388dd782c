import type { Redis } from "ioredis";

import { serverEnv } from "./env/server";

// The one Redis connection of an app server (REDIS_URL), shared by the rate limits and the response cache; null when
// REDIS_URL is not set (one server: both keep their state in memory). Loaded lazily so pages that use neither never
// load the client.

const g = globalThis as { __buurtwijzerRedis?: Promise<Redis | null> };

export function getRedis(): Promise<Redis | null> {
  g.__buurtwijzerRedis ??= (async () => {
    const url = serverEnv().REDIS_URL;
    if (!url) return null;
    const { Redis } = await import("ioredis");
    const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
    // Without a listener ioredis reports a lost connection as an uncaught error; it reconnects by itself.
    redis.on("error", (e: Error) => console.warn("[redis]", e.message));
    return redis;
  })();
  return g.__buurtwijzerRedis;
}
