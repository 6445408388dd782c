import "server-only";

import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { EntityType, Snapshot } from "./entity";
import { withoutVerified } from "./revision-store";

// The editable fields of many listings as they were at given versions, read from the revisions in one query: the
// batched form of `snapshotAt` (below), with the same rule, for lists such as the moderators' queue that would
// otherwise ask once or twice per row.

export type SnapshotKey = { type: EntityType; id: string; version: number };
export const snapshotKey = (k: SnapshotKey): string => `${k.type}:${k.id}:${k.version}`;

type Rev = { id: bigint; entityType: string; entityId: string; version: number; before: unknown; after: unknown };

/** What one listing looked like at `version`: the `before` of the first revision after it, else its own last `after`. */
function at(mine: Rev[], k: SnapshotKey): Snapshot | null {
  const next = mine.find((r) => r.version === k.version + 1); // revs come oldest first
  if (next?.before && typeof next.before === "object") return withoutVerified(next.before as Snapshot);
  const own = mine.filter((r) => r.version === k.version).at(-1);
  return own ? withoutVerified(own.after as Snapshot) : null;
}

/** Each key's snapshot (null when no revision tells), by `snapshotKey`. */
export async function snapshotsAt(
  db: PrismaClient | Prisma.TransactionClient,
  keys: SnapshotKey[],
): Promise<Map<string, Snapshot | null>> {
  if (keys.length === 0) return new Map();
  const revs = await db.revision.findMany({
    where: {
      OR: keys.map((k) => ({ entityType: k.type, entityId: k.id, version: { in: [k.version, k.version + 1] } })),
    },
    select: { id: true, entityType: true, entityId: true, version: true, before: true, after: true },
    orderBy: { id: "asc" },
  });
  const byListing = new Map<string, Rev[]>();
  for (const r of revs) {
    const key = `${r.entityType}:${r.entityId}`;
    byListing.set(key, [...(byListing.get(key) ?? []), r]);
  }
  return new Map(keys.map((k) => [snapshotKey(k), at(byListing.get(`${k.type}:${k.id}`) ?? [], k)]));
}

/** The editable fields of one listing as they were at `version` (null when no revision tells). */
export async function snapshotAt(
  db: PrismaClient | Prisma.TransactionClient,
  type: EntityType,
  id: string,
  version: number,
): Promise<Snapshot | null> {
  const key = { type, id, version };
  return (await snapshotsAt(db, [key])).get(snapshotKey(key)) ?? null;
}
