import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import type { Entity, Snapshot } from "../edit/entity";
import { json } from "../edit/revision-store";
import type { ChunkContext } from "./record-checks";

// What the HSDS import's organisations and services share: finding a record by its external id, and writing the
// revision of a created or changed one with the import as actor.

export async function refOf(tx: Prisma.TransactionClient, key: string) {
  return (await tx.externalRef.findUnique({ where: { key }, select: { entityId: true } }))?.entityId ?? null;
}

export async function revision(
  tx: Prisma.TransactionClient,
  ctx: ChunkContext,
  entity: Entity<Snapshot>,
  id: string,
  before: Snapshot | null,
) {
  const after = await entity.load(tx, id);
  if (!after) return;
  await tx.revision.create({
    data: {
      entityType: entity.type,
      entityId: id,
      version: after.version,
      action: before ? "import" : "create",
      actorId: ctx.actor.id,
      actorLabel: ctx.actor.label,
      before: before ? json(before) : undefined,
      after: json(after.snapshot),
    },
  });
}
