import { describe, expect, it } from "vitest";

import { MemoryCacheStore, queryKey } from "./response-cache";

// The in-memory store (one app server without Redis) and the normalised key. The generation logic and the Redis store
// are tested against real PostgreSQL and Redis in tests/integration/response-cache.test.ts.

describe("in-memory response cache", () => {
  it("keeps at most its byte budget, dropping the least recently used first", async () => {
    const store = new MemoryCacheStore(300);
    await store.set("a", Buffer.from("x".repeat(30)), 60);
    await store.set("b", Buffer.from("y".repeat(30)), 60);
    for (let i = 0; i < 8; i++) await store.set(`k${i}`, Buffer.from("z".repeat(30)), 60); // 300 bytes in all: still everything
    expect(store.size).toBe(10);
    expect((await store.get("a"))?.toString()).toBe("x".repeat(30)); // a is now the most recently used
    await store.set("c", Buffer.from("w".repeat(30)), 60); // 330 bytes: one must go — b, the least recently used, not a
    expect(await store.get("b")).toBeNull();
    expect(await store.get("a")).not.toBeNull();
    expect(store.size).toBe(10);
  });

  it("forgets an entry when its time is up, and never stores one answer bigger than an eighth of the budget", async () => {
    const store = new MemoryCacheStore(800);
    await store.set("short", Buffer.from("v"), 0.05);
    expect((await store.get("short"))?.toString()).toBe("v");
    await new Promise((r) => setTimeout(r, 80));
    expect(await store.get("short")).toBeNull();
    await store.set("big", Buffer.from("x".repeat(101)), 60);
    expect(await store.get("big")).toBeNull();
    expect(store.size).toBe(0);
  });
});

describe("queryKey", () => {
  it("is the same for the same question however it is written, and differs when the question differs", () => {
    const a = queryKey({
      service: ["schuldhulp", "inloop"],
      postcode: { pc4: "3512", pc6: null },
      sort: "area",
      limit: 25,
      radius_km: undefined,
    });
    const b = queryKey({
      limit: 25,
      sort: "area",
      postcode: { pc6: null, pc4: "3512" },
      service: ["inloop", "schuldhulp", "inloop"],
    });
    expect(a).toBe(b);
    expect(queryKey({ service: ["inloop"], postcode: { pc4: "3512", pc6: null }, sort: "area", limit: 25 })).not.toBe(
      a,
    );
    expect(
      queryKey({
        service: ["schuldhulp", "inloop"],
        postcode: { pc4: "3512", pc6: null },
        sort: "distance",
        limit: 25,
      }),
    ).not.toBe(a);
  });
});
