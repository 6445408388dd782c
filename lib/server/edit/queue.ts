import "server-only";

import { facilityLabel } from "../../facility-match";
import type { PrismaClient } from "../../generated/prisma/client";
import { entityOf } from "./entities";
import { diff, type Snapshot } from "./entity";
import type { Change } from "./errors";
import { snapshotAt } from "./revision-store";

// The moderators' queue: each waiting change with a before/after of just the fields it touches.

export type QueueItem = {
  id: string;
  isNew: boolean;
  label: string;
  organization: string;
  createdAt: Date;
  createdByLabel: string;
  /** the listing moved on since the editor's version: approving would fail */
  stale: boolean;
  changes: Change[];
};

export async function moderationQueue(db: PrismaClient, limit = 100): Promise<QueueItem[]> {
  const rows = await db.changeRequest.findMany({
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  const orgs = new Map(
    (
      await db.organization.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.organizationId))] } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  return Promise.all(
    rows.map(async (r) => {
      const patch = r.patch as Snapshot;
      const base = {
        id: r.id,
        createdAt: r.createdAt,
        createdByLabel: r.createdByLabel,
        organization: orgs.get(r.organizationId) ?? "",
      };
      if (r.entityId === null) {
        const label = facilityLabel({
          name: String(patch.name ?? ""),
          street: String(patch.street ?? ""),
          houseNumber: String(patch.house_number ?? ""),
          houseNumberAddition: patch.house_number_addition ? String(patch.house_number_addition) : null,
          place: String(patch.place ?? ""),
        });
        return { ...base, isNew: true, label, stale: false, changes: diff({}, patch) };
      }
      const entity = entityOf(r.entityType);
      const now = await entity.load(db, r.entityId);
      if (r.facilityId !== null) {
        // A request to offer the service at another organisation's facility (its organisation may also decide it).
        const f = await db.facility.findUnique({
          where: { id: r.facilityId },
          select: { name: true, street: true, houseNumber: true, houseNumberAddition: true, place: true },
        });
        const at = f ? facilityLabel(f) : "?";
        return {
          ...base,
          isNew: false,
          label: `${now?.label ?? "?"} → ${at}`,
          stale: !now,
          changes: diff({}, { facility_ids: at, ...(patch.note ? { note: patch.note } : {}) }),
        };
      }
      const before = (await snapshotAt(db, r.entityType, r.entityId, r.baseVersion ?? 0)) ?? now?.snapshot ?? {};
      const changes = diff(Object.fromEntries(Object.keys(patch).map((k) => [k, before[k]])), patch);
      return { ...base, isNew: false, label: now?.label ?? "?", stale: !now || now.version !== r.baseVersion, changes };
    }),
  );
}
