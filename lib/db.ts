import type pg from "pg";

import { appPoolConfig, createPool } from "./db/pg-pool";
import { ReleasingPrismaPg } from "./db/prisma-adapter";
import { runtimeEnv } from "./env/runtime";
import { PrismaClient } from "./generated/prisma/client";

// The one database access point. Writes go to the primary (DATABASE_URL); the read-heavy public side may read from a
// replica (DATABASE_REPLICA_URL). Created lazily so `next build` needs no database. Cached on globalThis so that
// development hot reloads do not open a new pool each time.

type Handles = { prisma: PrismaClient; readPrisma: PrismaClient; pool: pg.Pool; readPool: pg.Pool };
const g = globalThis as { __buurtwijzerDb?: Handles };

function open(): Handles {
  const env = runtimeEnv();
  const url = env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set. Start the app with `npm start` or `npm run dev`, which provide one.");
  const max = env.DATABASE_POOL_SIZE;
  const pool = createPool(appPoolConfig(url), max);
  const replica = env.DATABASE_REPLICA_URL;
  const readPool = replica ? createPool(appPoolConfig(replica), max) : pool;
  const prisma = new PrismaClient({ adapter: new ReleasingPrismaPg(pool) });
  const readPrisma = readPool === pool ? prisma : new PrismaClient({ adapter: new ReleasingPrismaPg(readPool) });
  return { prisma, readPrisma, pool, readPool };
}

function handles(): Handles {
  g.__buurtwijzerDb ??= open();
  return g.__buurtwijzerDb;
}

/** Primary: writes, and reads that must see them. */
export const getPrisma = (): PrismaClient => handles().prisma;
/** Public reads (replica when configured; may lag the primary by a moment). */
export const getReadPrisma = (): PrismaClient => handles().readPrisma;
/** Pool for hand-written SQL on the primary. */
export const getPool = (): pg.Pool => handles().pool;
/** Pool for hand-written SQL on the public read path (replica when configured). */
export const getReadPool = (): pg.Pool => handles().readPool;

export async function closeDb(): Promise<void> {
  const h = g.__buurtwijzerDb;
  if (!h) return;
  g.__buurtwijzerDb = undefined;
  await h.prisma.$disconnect();
  if (h.readPrisma !== h.prisma) await h.readPrisma.$disconnect();
  if (h.readPool !== h.pool) await h.readPool.end();
  await h.pool.end().catch(() => {});
}
