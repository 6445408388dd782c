import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appPoolConfig, createPool } from "@/lib/db/pg-pool";
import { ReleasingPrismaPg } from "@/lib/db/prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { handleGet } from "@/lib/http/route";

// Security review finding 2: with transactions whose connection the server cuts (failover, restart,
// pg_terminate_backend), @prisma/adapter-pg never released the client, and after `max` such faults every database
// route hung for good. These run the app's own pool settings and adapter against the real PostgreSQL.

const url = process.env.DATABASE_URL ?? "";
let admin: pg.Client;
beforeAll(async () => {
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
});

function appDb(max: number) {
  const pool = createPool(appPoolConfig(url, { DATABASE_CONNECT_TIMEOUT_MS: "1500" }), max);
  const prisma = new PrismaClient({ adapter: new ReleasingPrismaPg(pool) });
  return {
    pool,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

const busy = (pool: pg.Pool) => pool.totalCount - pool.idleCount;

describe("the app's pool under database faults", () => {
  it("releases a connection cut inside a transaction, so later requests still get one", async () => {
    const { pool, prisma, close } = appDb(2);
    try {
      // Three times the pool's size: each transaction's backend is killed before COMMIT.
      for (let i = 0; i < 6; i++) {
        await expect(
          prisma.$transaction(async (tx) => {
            const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
            await admin.query("SELECT pg_terminate_backend($1)", [row?.pid]);
            await new Promise((r) => setTimeout(r, 50));
          }),
        ).rejects.toThrow();
      }
      expect(busy(pool)).toBe(0);
      const [ok] = await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
      expect(ok?.ok).toBe(1);
      // A working transaction still commits.
      expect(await prisma.$transaction(async (tx) => (await tx.$queryRaw<{ n: number }[]>`SELECT 2 AS n`)[0]?.n)).toBe(
        2,
      );
    } finally {
      await close();
    }
  });

  it("survives ten parallel writers while backends are killed every 100 ms, and answers afterwards", async () => {
    const { pool, prisma, close } = appDb(4);
    await prisma.$executeRawUnsafe("CREATE TABLE IF NOT EXISTS pool_fault_probe (id int PRIMARY KEY, n int NOT NULL)");
    await prisma.$executeRawUnsafe("INSERT INTO pool_fault_probe VALUES (1, 0) ON CONFLICT DO NOTHING");
    let killing = true;
    const killer = (async () => {
      while (killing) {
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%pool_fault_probe%'",
        );
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 40 }, (_, i) =>
          prisma.$transaction(async (tx) => {
            await tx.$executeRaw`UPDATE pool_fault_probe SET n = n + 1 WHERE id = 1`;
            await new Promise((r) => setTimeout(r, 20 + (i % 5) * 20));
            await tx.$executeRaw`UPDATE pool_fault_probe SET n = n + 1 WHERE id = 1`;
          }),
        ),
      );
      expect(outcomes.some((o) => o.status === "rejected")).toBe(true); // the faults did hit
    } finally {
      killing = false;
      await killer;
    }
    try {
      await expect.poll(() => busy(pool), { timeout: 3000 }).toBe(0);
      const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT n FROM pool_fault_probe WHERE id = 1`;
      expect(row?.n).toBeGreaterThanOrEqual(0);
    } finally {
      await prisma.$executeRawUnsafe("DROP TABLE IF EXISTS pool_fault_probe");
      await close();
    }
  });

  it("answers 503 problem+json, quickly, when every connection is taken", async () => {
    const { pool, prisma, close } = appDb(1);
    const held = await pool.connect();
    try {
      const route = handleGet(async () => {
        await prisma.$queryRaw`SELECT 1`;
        return new Response("ok");
      });
      const started = Date.now();
      const res = await route(new Request("http://localhost/api/v1/facilities"), {});
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.headers.get("retry-after")).toBeTruthy();
      expect(((await res.json()) as { title: string }).title).toMatch(/unavailable/i);
    } finally {
      held.release();
      await close();
    }
  });
});
