import "server-only";

import { randomUUID } from "node:crypto";

import type { SiteRole } from "../../auth/actor";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

/** A new account without a password (they choose one from the mailed link; better-auth then adds the credential). */
export async function createUserWithoutPassword(
  db: PrismaClient | Prisma.TransactionClient,
  u: { name: string; email: string; role: SiteRole },
): Promise<string> {
  const id = randomUUID().replaceAll("-", "");
  await db.user.create({ data: { id, name: u.name, email: u.email, emailVerified: false, role: u.role } });
  return id;
}
