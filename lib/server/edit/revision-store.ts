import "server-only";

import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../generated/prisma/client";
import type { EntityType, Snapshot } from "./entity";

// Revisions as stored: one row per change that went live, with the listing's fields before and after.

/** The key under which a revision records "checked" (not an editable field: kept out of snapshots and reverts). */
export const VERIFIED = "last_verified_at";
export const withoutVerified = (s: Snapshot): Snapshot =>
  Object.fromEntries(Object.entries(s).filter(([k]) => k !== VERIFIED));

export const json = (v: unknown) => v as Prisma.InputJsonValue;

// The revision is the LAST write of each transaction: its insert trigger raises the cache generation
// (cache_generation, keying cached public answers), which locks that one row until the commit. Written last, a
// transaction holding it waits for nothing else — no deadlocks, and other writers queue only for the commit itself.
export async function writeRevision(
  tx: Prisma.TransactionClient,
  r: {
    type: EntityType;
    id: string;
    version: number;
    action: string;
    actor: Actor | null;
    before: Snapshot | null;
    after: Snapshot;
    changeRequestId?: string;
  },
): Promise<string> {
  const row = await tx.revision.create({
    data: {
      entityType: r.type,
      entityId: r.id,
      version: r.version,
      action: r.action,
      actorId: r.actor?.id ?? null,
      actorLabel: r.actor ? r.actor.label : "systeem",
      before: r.before === null ? undefined : json(r.before),
      after: json(r.after),
      changeRequestId: r.changeRequestId ?? null,
    },
  });
  return row.id.toString();
}
