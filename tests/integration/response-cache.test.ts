import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { cachedBody, dataGeneration, MemoryCacheStore, RedisCacheStore } from "@/lib/cache/response-cache";
import { closeDb } from "@/lib/db";
import { submitChange } from "@/lib/server/edit/apply";
import { updateTaxonomy } from "@/lib/server/taxonomy/taxonomy-admin";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// The shared response cache against a real PostgreSQL (scratch copy of the demo data) and a real Redis: answers come
// from the cache only while the data generation is unchanged; every change raises it in its own transaction (a
// trigger on revision), visible at its commit, so the next request sees the change at once.

let w: EditWorld;
let route: typeof import("@/app/api/v1/services/route");
let ask = "";

beforeAll(async () => {
  w = await createEditWorld("rcache");
  await closeDb();
  process.env.DATABASE_URL = w.url; // the route handler's database
  delete process.env.RESPONSE_CACHE;
  delete process.env.REDIS_URL; // the route's default store: in memory
  route = await import("@/app/api/v1/services/route");
  // A question whose answer holds the big organisation's service: its term, in the gemeente of one of its locations.
  const { rows } = await w.pool.query<{ term: string; gemeente: string }>(
    `SELECT st.term_code AS term, f.gemeente_code AS gemeente FROM service_at_location l JOIN facility f ON f.id = l.facility_id
     JOIN service_term st ON st.service_id = l.service_id JOIN taxonomy_term t ON t.code = st.term_code AND t.kind = 'service'
     WHERE l.service_id = $1 ORDER BY f.slug, st.term_code LIMIT 1`,
    [w.bigService],
  );
  ask = `http://localhost/api/v1/services?gemeente=${rows[0]!.gemeente}&service=${rows[0]!.term}&limit=200`;
}, 120_000);

afterAll(async () => {
  await closeDb();
  await w?.drop();
});

async function get(url: string) {
  const res = await (route.GET as unknown as (r: Request, c: unknown) => Promise<Response>)(new Request(url), {
    params: Promise.resolve({}),
  });
  const body = (await res.json()) as { data: { id: string; name: string }[] };
  return {
    status: res.status,
    cache: res.headers.get("x-cache"),
    body,
    name: body.data.find((s) => s.id === w.bigService)?.name,
  };
}

const serviceVersion = async () =>
  (await w.pool.query<{ version: number }>("SELECT version FROM service WHERE id = $1", [w.bigService])).rows[0]!
    .version;

describe("response cache", () => {
  it("answers from the cache until a change commits, then at once from the new data", async () => {
    const first = await get(ask);
    expect(first.status).toBe(200);
    expect(first.name).toBeDefined();
    expect(first.cache).toBe("miss");
    const second = await get(ask);
    expect(second.cache).toBe("hit");
    expect(second.body).toEqual(first.body);

    const before = await dataGeneration(w.pool);
    const done = await submitChange(w.db, w.actors.editor, "service", w.bigService, await serviceVersion(), {
      name: "Schuldhulp op dinsdag (nieuw)",
    });
    expect(done.outcome).toBe("applied"); // the big organisation publishes directly
    expect(BigInt(await dataGeneration(w.pool))).toBe(BigInt(before) + 1n);
    const third = await get(ask);
    expect(third.cache).toBe("miss");
    expect(third.name).toBe("Schuldhulp op dinsdag (nieuw)");
    expect((await get(ask)).cache).toBe("hit");
  });

  it("a change waiting for a moderator changes nothing; a decided one does", async () => {
    await get(ask);
    const g = await dataGeneration(w.pool);
    const dorpVersion = (
      await w.pool.query<{ version: number }>("SELECT version FROM facility WHERE id = $1", [w.dorpFacility])
    ).rows[0]!.version;
    const pending = await submitChange(w.db, w.actors.volunteer, "facility", w.dorpFacility, dorpVersion, {
      phone: "0612345678",
    });
    expect(pending.outcome).toBe("pending");
    expect(await dataGeneration(w.pool)).toBe(g);
    expect((await get(ask)).cache).toBe("hit");
  });

  it("the generation rises at COMMIT of a change, not before, and never for a rolled-back one", async () => {
    const c = await w.pool.connect();
    try {
      const g = BigInt(await dataGeneration(w.pool));
      const insert = `INSERT INTO revision (entity_type, entity_id, version, action, actor_label, after) VALUES ('service', $1, 999, 'update', 'test', '{}')`;
      await c.query("BEGIN");
      await c.query(insert, [w.bigService]);
      expect(BigInt(await dataGeneration(w.pool))).toBe(g); // other sessions: not yet
      await c.query("COMMIT");
      expect(BigInt(await dataGeneration(w.pool))).toBe(g + 1n);
      await c.query("BEGIN");
      await c.query(insert, [w.bigService]);
      await c.query("ROLLBACK");
      expect(BigInt(await dataGeneration(w.pool))).toBe(g + 1n);
    } finally {
      c.release();
    }
  });

  const asText = async (p: Promise<{ body: Buffer; cache: string }>) => {
    const r = await p;
    return { text: r.body.toString("utf8"), cache: r.cache };
  };

  it("an answer computed while a change commits is not stored", async () => {
    const store = new MemoryCacheStore();
    let computed = 0;
    const racing = async () => {
      computed++;
      await w.pool.query("SELECT bump_cache_generation()");
      return `answer ${computed}`;
    };
    expect(await asText(cachedBody(w.pool, "race", racing, { store }))).toEqual({ text: "answer 1", cache: "miss" });
    expect(store.size).toBe(0);
    const calm = async () => {
      computed++;
      return `answer ${computed}`;
    };
    expect(await asText(cachedBody(w.pool, "race", calm, { store }))).toEqual({ text: "answer 2", cache: "miss" });
    expect(await asText(cachedBody(w.pool, "race", calm, { store }))).toEqual({ text: "answer 2", cache: "hit" });
    expect(computed).toBe(2);
  });

  it("moderators' new wording of a kind of help raises the generation", async () => {
    const g = BigInt(await dataGeneration(w.pool));
    const t = (
      await w.pool.query<{ code: string; label_nl: string; label_en: string; sort_order: number }>(
        "SELECT code, label_nl, label_en, sort_order FROM taxonomy_term WHERE code = 'inloop'",
      )
    ).rows[0]!;
    await updateTaxonomy(w.db, w.actors.moderator, [{ ...t, label_nl: "Inloop (vrij binnenlopen)" }]);
    expect(BigInt(await dataGeneration(w.pool))).toBe(g + 1n);
    await updateTaxonomy(w.db, w.actors.moderator, [{ ...t, label_nl: "Inloop (vrij binnenlopen)" }]); // nothing new
    expect(BigInt(await dataGeneration(w.pool))).toBe(g + 1n);
  });

  const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const a = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const b = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const away = new Redis("redis://127.0.0.1:1", {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  away.on("error", () => {});
  afterAll(() => {
    a.disconnect();
    b.disconnect();
    away.disconnect();
  });

  it("in Redis: what one app server computed, another serves; a Redis that is away only means misses", async () => {
    await a.connect();
    await b.connect();
    const key = `two-servers-${Math.random()}`;
    let computed = 0;
    const compute = async () => {
      computed++;
      return "the answer";
    };
    expect((await cachedBody(w.pool, key, compute, { store: new RedisCacheStore(a) })).cache).toBe("miss");
    expect(await asText(cachedBody(w.pool, key, compute, { store: new RedisCacheStore(b) }))).toEqual({
      text: "the answer",
      cache: "hit",
    });
    expect(computed).toBe(1);
    const [stored] = await a.keys(`bw:rc:*:${await dataGeneration(w.pool)}:${key}`);
    expect(await a.ttl(stored ?? "none")).toBeGreaterThan(200); // expires by itself (300 s)
    await away.connect().catch(() => {});
    const down = new RedisCacheStore(away);
    expect(await asText(cachedBody(w.pool, key, compute, { store: down }))).toEqual({
      text: "the answer",
      cache: "miss",
    });
    expect(await asText(cachedBody(w.pool, key, compute, { store: down }))).toEqual({
      text: "the answer",
      cache: "miss",
    });
    expect(computed).toBe(3);
  });
});
