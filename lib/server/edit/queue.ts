import "server-only";

import type { Change } from "../../errors/app-error";
import { facilityLabel } from "../../facility-match";
import type { PrismaClient } from "../../generated/prisma/client";
import { FACILITY_NAMED } from "../listings/facility-named";
import { entityOf } from "./entities";
import { diff, type EntityType, type Loaded, type Snapshot } from "./entity";
import { snapshotKey, snapshotsAt } from "./snapshots-at";

// The moderators' queue: each waiting change with a before/after of just the fields it touches. Read in a fixed
// number of queries, however long the queue: the rows, then at once their organisations, the facilities named by
// attach requests, the listings as they are now and the versions the editors saw.

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

type Row = Awaited<ReturnType<typeof pendingRows>>[number];

const NAMED = { id: true, ...FACILITY_NAMED } as const;
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
const listingKey = (type: string, id: string) => `${type}:${id}`;

const pendingRows = (db: PrismaClient, limit: number) =>
  db.changeRequest.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" }, take: limit });

/** A proposed facility, named by the address in its proposal. */
function newFacilityLabel(patch: Snapshot): string {
  return facilityLabel({
    name: String(patch.name ?? ""),
    street: String(patch.street ?? ""),
    houseNumber: String(patch.house_number ?? ""),
    houseNumberAddition: patch.house_number_addition ? String(patch.house_number_addition) : null,
    place: String(patch.place ?? ""),
  });
}

/** The listings the rows change, as they are now; the loads start in one tick, so Prisma batches them per kind. */
async function loadListings(db: PrismaClient, rows: Row[]): Promise<Map<string, Loaded | null>> {
  const keys = uniq(rows.flatMap((r) => (r.entityId === null ? [] : [listingKey(r.entityType, r.entityId)])));
  const loaded = await Promise.all(
    keys.map((k) => {
      const [type, id] = k.split(":") as [EntityType, string];
      return entityOf(type).load(db, id);
    }),
  );
  return new Map(keys.map((k, i) => [k, loaded[i] ?? null]));
}

export async function moderationQueue(db: PrismaClient, limit = 100): Promise<QueueItem[]> {
  const rows = await pendingRows(db, limit);
  const edits = rows.flatMap((r) =>
    r.entityId !== null && r.facilityId === null
      ? [{ type: r.entityType, id: r.entityId, version: r.baseVersion ?? 0 }]
      : [],
  );
  const [orgs, facilities, listings, bases] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: uniq(rows.map((r) => r.organizationId)) } },
      select: { id: true, name: true },
    }),
    db.facility.findMany({
      where: { id: { in: uniq(rows.flatMap((r) => (r.facilityId ? [r.facilityId] : []))) } },
      select: NAMED,
    }),
    loadListings(db, rows),
    snapshotsAt(db, edits),
  ]);
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const facilityName = new Map(facilities.map((f) => [f.id, facilityLabel(f)]));
  return rows.map((r) => {
    const patch = r.patch as Snapshot;
    const base = {
      id: r.id,
      createdAt: r.createdAt,
      createdByLabel: r.createdByLabel,
      organization: orgName.get(r.organizationId) ?? "",
    };
    if (r.entityId === null)
      return { ...base, isNew: true, label: newFacilityLabel(patch), stale: false, changes: diff({}, patch) };
    const now = listings.get(listingKey(r.entityType, r.entityId)) ?? null;
    if (r.facilityId !== null) {
      // A request to offer the service at another organisation's facility (its organisation may also decide it).
      const at = facilityName.get(r.facilityId) ?? "?";
      return {
        ...base,
        isNew: false,
        label: `${now?.label ?? "?"} → ${at}`,
        stale: !now,
        changes: diff({}, { facility_ids: at, ...(patch.note ? { note: patch.note } : {}) }),
      };
    }
    const seen = { type: r.entityType, id: r.entityId, version: r.baseVersion ?? 0 };
    const before = bases.get(snapshotKey(seen)) ?? now?.snapshot ?? {};
    const changes = diff(Object.fromEntries(Object.keys(patch).map((k) => [k, before[k]])), patch);
    return { ...base, isNew: false, label: now?.label ?? "?", stale: !now || now.version !== r.baseVersion, changes };
  });
}
