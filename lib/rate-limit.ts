import type { Redis } from "ioredis";

import { getRedis } from "./redis";

// Fixed-window counters for login, password reset and public reports. With REDIS_URL every app server counts in the
// same Redis (INCR + PEXPIRE in one MULTI); without it each process counts in memory, which is right for one server.

export type Limit = { name: string; max: number; windowMs: number };
export type Verdict = { ok: boolean; remaining: number; retryAfterS: number };

export const LIMITS = {
  // Per IP generous: many people share one address (a library, a buurthuis computer, a mobile carrier's NAT).
  loginPerIp: { name: "login-ip", max: 100, windowMs: 15 * 60_000 },
  resetPerIp: { name: "reset-ip", max: 10, windowMs: 60 * 60_000 },
  resetPerAccount: { name: "reset-acct", max: 3, windowMs: 60 * 60_000 },
  reportPerIp: { name: "report-ip", max: 5, windowMs: 60 * 60_000 },
  registerPerIp: { name: "register-ip", max: 10, windowMs: 60 * 60_000 },
  /** short links (QR codes) for referral sheets: each one is a stored row */
  shortLinkPerIp: { name: "short-link-ip", max: 30, windowMs: 60 * 60_000 },
  /** one address's share of a facility's daily reports */
  reportPerIpFacility: { name: "report-ip-fac", max: 3, windowMs: 24 * 60 * 60_000 },
  reportPerFacility: { name: "report-fac", max: 30, windowMs: 24 * 60 * 60_000 },
} as const satisfies Record<string, Limit>;

export interface Store {
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** the count so far, without adding to it */
  peek(key: string): Promise<number>;
}

export class MemoryStore implements Store {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  async hit(key: string, windowMs: number) {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, w);
      if (this.windows.size > 50_000) for (const [k, v] of this.windows) if (v.resetAt <= now) this.windows.delete(k);
    }
    w.count++;
    return { ...w };
  }
  async peek(key: string) {
    const w = this.windows.get(key);
    return w && w.resetAt > Date.now() ? w.count : 0;
  }
}

export class RedisStore implements Store {
  constructor(private readonly redis: Redis) {}
  async hit(key: string, windowMs: number) {
    const res = await this.redis.multi().incr(key).pexpire(key, windowMs, "NX").pttl(key).exec();
    const count = Number(res?.[0]?.[1] ?? 0);
    const ttl = Number(res?.[2]?.[1] ?? windowMs);
    return { count, resetAt: Date.now() + (ttl > 0 ? ttl : windowMs) };
  }
  async peek(key: string) {
    return Number((await this.redis.get(key)) ?? 0);
  }
}

const g = globalThis as { __buurtwijzerLimiter?: Promise<Store> };

async function store(): Promise<Store> {
  g.__buurtwijzerLimiter ??= getRedis().then((redis) => (redis ? new RedisStore(redis) : new MemoryStore()));
  return g.__buurtwijzerLimiter;
}

/** Counts one attempt against `limit` for `subject` (an IP, a lower-cased email, a facility id). */
export async function hit(limit: Limit, subject: string, using?: Store): Promise<Verdict> {
  const { count, resetAt } = await (using ?? (await store())).hit(`bw:rl:${limit.name}:${subject}`, limit.windowMs);
  return {
    ok: count <= limit.max,
    remaining: Math.max(0, limit.max - count),
    retryAfterS: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
  };
}

/** Whether `subject` is still under `limit`, without counting this attempt (count failures with `hit`). */
export async function under(limit: Limit, subject: string, using?: Store): Promise<boolean> {
  return (await (using ?? (await store())).peek(`bw:rl:${limit.name}:${subject}`)) < limit.max;
}

/** All must pass; every counter is counted (so a blocked account still uses up the IP's budget). */
export async function hitAll(checks: [Limit, string][]): Promise<Verdict> {
  const verdicts = await Promise.all(checks.map(([l, s]) => hit(l, s)));
  const failed = verdicts.filter((v) => !v.ok);
  if (failed.length) return { ok: false, remaining: 0, retryAfterS: Math.max(...failed.map((v) => v.retryAfterS)) };
  return { ok: true, remaining: Math.min(...verdicts.map((v) => v.remaining)), retryAfterS: 0 };
}

/**
 * A public report from `ip` about `facilityId`. The facility's daily quota is counted only for reports the address's
 * own limits let through, so one client can spend at most its share of it (with hitAll, a refused address still
 * counted against the facility and could use it all up for the residents).
 */
export async function hitReportLimits(ip: string, facilityId: string, using?: Store): Promise<Verdict> {
  for (const [limit, subject] of [
    [LIMITS.reportPerIp, ip],
    [LIMITS.reportPerIpFacility, `${ip}|${facilityId}`],
    [LIMITS.reportPerFacility, facilityId],
  ] as const) {
    const v = await hit(limit, subject, using);
    if (!v.ok) return v;
  }
  return { ok: true, remaining: 0, retryAfterS: 0 };
}

/**
 * Wrong passwords for one account from one IP (successful sign-ins do not count): the first five are free, then each
 * one makes that IP wait before it may try that account again, 1 minute doubling up to an hour; the count lasts a
 * day. Only that account+IP pair waits, so nobody can lock the owner out from elsewhere (a lock per account could).
 */
export const LOGIN_BACKOFF = {
  free: 5,
  firstWaitMs: 60_000,
  maxWaitMs: 60 * 60_000,
  countMs: 24 * 60 * 60_000,
} as const;

const pair = (email: string, ip: string) => `${email}|${ip}`;

/** Whether this IP must still wait before trying this account's password again. */
export async function mustWait(email: string, ip: string, using?: Store): Promise<boolean> {
  return (await (using ?? (await store())).peek(`bw:rl:login-wait:${pair(email, ip)}`)) > 0;
}

/** Counts a wrong password for this account from this IP; from the fifth on, each starts a wait. */
export async function countWrongPassword(email: string, ip: string, using?: Store): Promise<void> {
  const s = using ?? (await store());
  const { count } = await s.hit(`bw:rl:login-fail:${pair(email, ip)}`, LOGIN_BACKOFF.countMs);
  if (count < LOGIN_BACKOFF.free) return;
  const waitMs = Math.min(LOGIN_BACKOFF.maxWaitMs, LOGIN_BACKOFF.firstWaitMs * 2 ** (count - LOGIN_BACKOFF.free));
  // A new window each time: attempts are refused while the previous wait runs, so that key has expired by now.
  await s.hit(`bw:rl:login-wait:${pair(email, ip)}`, waitMs);
}

export { clientIp } from "./http/client-ip";
