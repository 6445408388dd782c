import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";

import { hit, hitReportLimits, MemoryStore, RedisStore, under, type Limit } from "./rate-limit";

// Login, reset and report limits: in memory for one server, in Redis when several servers must share the count.
// The Redis part talks to a real Redis (REDIS_URL, else the machine's 127.0.0.1:6379).

const limit: Limit = { name: `test-${process.pid}-${Date.now()}`, max: 3, windowMs: 1500 };

describe("rate limits", () => {
  it("in memory: allows max attempts per window, then refuses with a wait time, then allows again", async () => {
    const store = new MemoryStore();
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await hit(limit, "1.2.3.4", store));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false, false]);
    expect(verdicts[4]!.retryAfterS).toBeGreaterThanOrEqual(1);
    expect((await hit(limit, "5.6.7.8", store)).ok).toBe(true); // another subject counts apart
    expect(await under(limit, "5.6.7.8", store)).toBe(true); // peeking does not count
    expect(await under(limit, "1.2.3.4", store)).toBe(false);
    await new Promise((r) => setTimeout(r, 1600));
    expect((await hit(limit, "1.2.3.4", store)).ok).toBe(true);
  });

  it("one address cannot use up a facility's daily reports: refused reports do not count for the facility", async () => {
    const store = new MemoryStore();
    const spammer = [];
    for (let i = 0; i < 40; i++) spammer.push((await hitReportLimits("203.0.113.9", "fac-1", store)).ok);
    expect(spammer.filter(Boolean).length).toBeLessThanOrEqual(3);
    for (let i = 0; i < 20; i++) expect((await hitReportLimits(`198.51.100.${i}`, "fac-1", store)).ok).toBe(true);
  });

  const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const a = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const b = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  afterAll(() => {
    a.disconnect();
    b.disconnect();
  });

  it("in Redis: two app servers share one count", async () => {
    await a.connect();
    await b.connect();
    const server1 = new RedisStore(a);
    const server2 = new RedisStore(b);
    const subject = `acct-${Math.random()}`;
    const got = [
      await hit(limit, subject, server1),
      await hit(limit, subject, server2),
      await hit(limit, subject, server1),
      await hit(limit, subject, server2),
    ];
    expect(got.map((v) => v.ok)).toEqual([true, true, true, false]);
    expect(await under(limit, subject, server2)).toBe(false);
    expect(await a.pttl(`bw:rl:${limit.name}:${subject}`)).toBeGreaterThan(0); // the window expires by itself
  });
});
