import "server-only";

import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

import type { Actor, TokenActor } from "../../auth/actor";
import { canManageOrganization } from "../../auth/permissions";
import { forbidden, missing, unauthenticated } from "../../errors/app-error";
import type { PrismaClient } from "../../generated/prisma/client";
import { m } from "../../schemas/common";
import { recordAudit } from "./audit";

// Organisation-scoped API tokens for the write API. The secret is shown once; only its SHA-256 is stored (a token is
// 192 random bits, so a fast hash is enough — nothing to brute-force). Org admins create and revoke them.

const PREFIX = "bw_";
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const ZTokenName = z
  .object({ name: z.string().trim().min(2, m("geef de sleutel een naam", "give the token a name")).max(80) })
  .strict();

export async function createApiToken(
  db: PrismaClient,
  actor: Actor | null,
  organizationId: string,
  input: unknown,
): Promise<{ id: string; token: string }> {
  if (!actor) throw unauthenticated();
  if (
    !z.uuid().safeParse(organizationId).success ||
    !(await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))
  )
    throw missing({ nl: "Deze organisatie", en: "This organisation" });
  if (!canManageOrganization(actor, organizationId)) throw forbidden();
  const { name } = ZTokenName.parse(input);
  const token = PREFIX + randomBytes(24).toString("base64url");
  const row = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { organizationId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10), createdById: actor.id },
    });
    await recordAudit(tx, actor, {
      action: "token.create",
      organizationId,
      subjectType: "api_token",
      subjectId: row.id,
      after: { name, prefix: row.prefix },
    });
    return row;
  });
  return { id: row.id, token };
}

export async function revokeApiToken(db: PrismaClient, actor: Actor | null, tokenId: string): Promise<void> {
  if (!actor) throw unauthenticated();
  const row = z.uuid().safeParse(tokenId).success ? await db.apiToken.findUnique({ where: { id: tokenId } }) : null;
  // Another organisation's token does not exist for you.
  if (!row || !canManageOrganization(actor, row.organizationId))
    throw missing({ nl: "Deze sleutel", en: "This token" });
  if (row.revokedAt) return;
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count)
      await recordAudit(tx, actor, {
        action: "token.revoke",
        organizationId: row.organizationId,
        subjectType: "api_token",
        subjectId: row.id,
        before: { name: row.name, prefix: row.prefix },
      });
  });
}

export async function listApiTokens(db: PrismaClient, actor: Actor | null, organizationId: string) {
  if (!canManageOrganization(actor, organizationId)) throw forbidden();
  return db.apiToken.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** The actor behind `Authorization: Bearer bw_…`, or null for a missing, unknown or revoked token. */
export async function actorForBearer(
  db: PrismaClient,
  authorization: string | null,
  now = new Date(),
): Promise<TokenActor | null> {
  // The scheme is case-insensitive (RFC 9110 §11.1: "bearer" and "BEARER" are Bearer); the token is not.
  const [, scheme, token] = /^([A-Za-z]+)\s+(bw_[A-Za-z0-9_-]{20,64})$/.exec(authorization?.trim() ?? "") ?? [];
  if (scheme?.toLowerCase() !== "bearer" || !token) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { name: true } } },
  });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    kind: "token",
    id: `token:${row.id}`,
    label: `API-sleutel "${row.name}" (${row.organization.name})`,
    organizationId: row.organizationId,
  };
}
