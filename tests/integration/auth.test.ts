import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readOutbox } from "../support/outbox";
import { createScratchDatabase } from "../support/scratch-db";

// Sign-in and "forgot password" on a real PostgreSQL (a scratch database of its own), through the same functions the
// /beheer forms call. Mails land in a temporary outbox; each request comes "from" the address its headers give as the
// last X-Forwarded-For hop (what npm start's server appends from the socket).

const outbox = mkdtempSync(join(tmpdir(), "buurtwijzer-auth-outbox-"));
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let lib: typeof import("@/lib/auth/sign-in");
let auth: typeof import("@/lib/auth/auth");
let db: import("@/lib/generated/prisma/client").PrismaClient;
let users: typeof import("@/lib/server/accounts/users");
const from = (ip: string) => new Headers({ "x-forwarded-for": ip });
let n = 0;
const fresh = (tag: string) => `${tag}-${++n}-${process.pid}@example.org`;

beforeAll(async () => {
  scratch = await createScratchDatabase("auth");
  process.env.DATABASE_URL = scratch.url;
  process.env.MAIL_OUTBOX_DIR = outbox;
  process.env.PUBLIC_URL = "http://buurtwijzer.test";
  delete process.env.REDIS_URL;
  lib = await import("@/lib/auth/sign-in");
  auth = await import("@/lib/auth/auth");
  users = await import("@/lib/server/accounts/users");
  db = (await import("@/lib/db")).getPrisma();
});

afterAll(async () => {
  await (await import("@/lib/db")).closeDb();
  await scratch?.drop();
  rmSync(outbox, { recursive: true, force: true });
});

/** The tokens mailed to this address so far (mails are sent after the answer, so wait for `count`). */
async function tokens(email: string, count: number): Promise<string[]> {
  await expect.poll(async () => (await readOutbox(email)).length, { timeout: 5000 }).toBe(count);
  return (await readOutbox(email)).map((m) => /token=([^\s&]+)/.exec(m.text)?.[1] ?? "");
}

async function account(email: string, password?: string): Promise<string> {
  const id = await users.createUserWithoutPassword(db, { name: "Test Persoon", email, role: "user" });
  if (password) {
    await lib.requestPasswordLink(from("192.0.2.1"), email);
    const [token = ""] = await tokens(email, 1);
    await auth.getAuth().api.resetPassword({ body: { token, newPassword: password } });
  }
  return id;
}

describe("password reset", () => {
  it("a new password ends the account's other reset links", async () => {
    const email = fresh("twee-links");
    await account(email);
    await lib.requestPasswordLink(from("192.0.2.2"), email);
    await lib.requestPasswordLink(from("192.0.2.2"), email);
    const [first = "", second = ""] = await tokens(email, 2);
    await auth.getAuth().api.resetPassword({ body: { token: first, newPassword: "een-goed-wachtwoord" } });
    await expect(
      auth.getAuth().api.resetPassword({ body: { token: second, newPassword: "een-ander-wachtwoord" } }),
    ).rejects.toThrow();
    expect(await lib.signInWithPassword(from("192.0.2.3"), email, "een-goed-wachtwoord")).toBe("ok");
  });

  it("a worker registration that waits or was turned down gets no link and cannot sign in", async () => {
    const { registerWorker } = await import("@/lib/server/workers/manage-workers");
    const email = fresh("wacht").replace("example.org", "gmail.com");
    await registerWorker(db, { name: "Wil Wachten", email, organisation: "Ergens" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await lib.requestPasswordLink(from("192.0.2.4"), email)).toBe("sent"); // the same answer as for anyone
    expect(await db.verification.count({ where: { value: user.id } })).toBe(0);
    // A password chosen while approved (or before this rule) no longer signs in once the registration is rejected.
    await db.workerRequest.update({ where: { userId: user.id }, data: { status: "approved" } });
    await lib.requestPasswordLink(from("192.0.2.4"), email);
    const [token = ""] = await tokens(email, 1);
    await auth.getAuth().api.resetPassword({ body: { token, newPassword: "wil-zijn-wachtwoord" } });
    await db.workerRequest.update({ where: { userId: user.id }, data: { status: "rejected" } });
    expect(await lib.signInWithPassword(from("192.0.2.4"), email, "wil-zijn-wachtwoord")).toBe("wrong");
    await lib.requestPasswordLink(from("192.0.2.4"), email);
    expect(await db.verification.count({ where: { value: user.id } })).toBe(0);
  });

  it("answers as fast for an unknown address as for an account (median of 20 each)", async () => {
    const known: string[] = [];
    for (let i = 0; i < 20; i++) known.push(fresh("bekend"));
    for (const email of known) await account(email);
    const time = async (email: string, i: number) => {
      const t0 = performance.now();
      await lib.requestPasswordLink(from(`198.51.100.${i}`), email);
      return performance.now() - t0;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    await time(fresh("opwarmen"), 250);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 20; i++) {
      a.push(await time(known[i] ?? "", i));
      b.push(await time(fresh("onbekend"), 100 + i));
    }
    console.log(`reset request median: account ${median(a).toFixed(2)} ms, unknown ${median(b).toFixed(2)} ms`);
    expect(Math.abs(median(a) - median(b))).toBeLessThan(3);
  });
});

describe("sign-in limits", () => {
  it("wrong passwords from one IP slow that IP down for that account; the owner still signs in from elsewhere", async () => {
    const email = fresh("eigenaar");
    await account(email, "de-echte-eigenaar-1");
    const attacker = from("203.0.113.66");
    const got: string[] = [];
    for (let i = 0; i < 9; i++) got.push(await lib.signInWithPassword(attacker, email, `geraden-${i}`));
    expect(got.slice(0, 5)).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong"]);
    expect(got.slice(5)).toEqual(["too-many", "too-many", "too-many", "too-many"]);
    // Even the right password is refused from the attacking IP while it waits…
    expect(await lib.signInWithPassword(attacker, email, "de-echte-eigenaar-1")).toBe("too-many");
    // …but not from the owner's own address.
    expect(await lib.signInWithPassword(from("198.51.100.200"), email, "de-echte-eigenaar-1")).toBe("ok");
  });
});
