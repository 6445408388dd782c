import type pg from "pg";

import { appPoolConfig, createPool } from "./db/pg-pool";
import { ReleasingPrismaPg } from "./db/prisma-adapter";
import { runtimeEnv } from "./env/runtime";
import { PrismaClient } from "./generated/prisma/client";

// The one database access point. Writes go to the primary (DATABASE_URL); the read-heavy public side may read from a
// replica (DATABASE_REPLICA_URL). Created lazily so `next build` needs no database. Cached on globalThis so that
// development hot reloads do not open a new pool each time.

type Handles = {
  prisma: PrismaClient;
  readPrisma: PrismaClient;
  authPrisma: PrismaClient;
  pool: pg.Pool;
  readPool: pg.Pool;
};
const g = globalThis as { __buurtwijzerDb?: Handles };

/**
 * Secret columns that no answer carries unless its query asks for one by name (`select`, or `omit: { password: false }`):
 * the argon2id password hashes, the API tokens' SHA-256 and the session tokens. A `findMany` without a select, a
 * spread row or a logged object can then never leak them (dub's `omit`).
 */
export const SECRET_COLUMNS = {
  account: { password: true },
  apiToken: { tokenHash: true },
  session: { token: true },
} as const;

// Typed as the plain client: Prisma gives a client with a global `omit` a type of its own, and every lib/server
// function takes the plain one. The omitted fields are therefore still in the types; nothing outside better-auth
// reads them (tests/integration/secret-columns.test.ts checks that they are absent).
const appClient = (pool: pg.Pool) =>
  new PrismaClient({ adapter: new ReleasingPrismaPg(pool), omit: SECRET_COLUMNS }) as unknown as PrismaClient;

function open(): Handles {
  const env = runtimeEnv();
  const url = env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set. Start the app with `npm start` or `npm run dev`, which provide one.");
  const max = env.DATABASE_POOL_SIZE;
  const pool = createPool(appPoolConfig(url), max);
  const replica = env.DATABASE_REPLICA_URL;
  const readPool = replica ? createPool(appPoolConfig(replica), max) : pool;
  const prisma = appClient(pool);
  const readPrisma = readPool === pool ? prisma : appClient(readPool);
  const authPrisma = new PrismaClient({ adapter: new ReleasingPrismaPg(pool) });
  return { prisma, readPrisma, authPrisma, pool, readPool };
}

function handles(): Handles {
  g.__buurtwijzerDb ??= open();
  return g.__buurtwijzerDb;
}

/** Primary: writes, and reads that must see them. */
export const getPrisma = (): PrismaClient => handles().prisma;
/** Only for better-auth's adapter, which reads password hashes and session tokens: the primary without the omit. */
export const getAuthPrisma = (): PrismaClient => handles().authPrisma;
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
  await h.authPrisma.$disconnect();
  if (h.readPrisma !== h.prisma) await h.readPrisma.$disconnect();
  if (h.readPool !== h.pool) await h.readPool.end();
  await h.pool.end().catch(() => {});
}
