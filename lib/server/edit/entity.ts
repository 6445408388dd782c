import "server-only";

import type { z } from "zod";

import type { Actor } from "../../auth/actor";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Change } from "./errors";

// What every editable kind of listing (organisation, facility, service) provides, and the helpers they share. Each
// kind describes once how to read its editable fields (a snapshot, in the API's field names), who may edit it, and how
// to write a patch over an expected version; locking, moderation, revisions and conflicts are shared (apply.ts).

export type Db = PrismaClient | Prisma.TransactionClient;
export type Snapshot = Record<string, unknown>;
export type EntityType = "organization" | "facility" | "service";
export type Loaded = {
  id: string;
  version: number;
  organizationId: string | null;
  label: string;
  snapshot: Snapshot;
  facilityIds: string[];
};

export interface Entity<P extends Snapshot> {
  type: EntityType;
  what: { nl: string; en: string };
  schema: z.ZodType<P, unknown>;
  load(db: Db, id: string): Promise<Loaded | null>;
  mayEdit(actor: Actor | null, loaded: Loaded): boolean;
  /** Writes the patch if the row is still at `version`; false when it is not (someone saved in between). */
  write(tx: Prisma.TransactionClient, id: string, version: number, patch: P): Promise<boolean>;
}

/** The row's columns named by `fields` (API name → column), as a snapshot in API names. */
export function pick<T extends Record<string, unknown>>(row: T, fields: Record<string, string>): Snapshot {
  return Object.fromEntries(Object.entries(fields).map(([api, col]) => [api, row[col] ?? null]));
}

/** The patch's fields as columns (API name → column); fields the map does not name are left out. */
export function toColumns(patch: Snapshot, fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    const col = fields[k];
    if (col !== undefined && v !== undefined) out[col] = v;
  }
  return out;
}

export async function refreshSearch(tx: Db, facilityIds: string[]): Promise<void> {
  if (facilityIds.length) await tx.$executeRaw`SELECT refresh_facility_search(${facilityIds}::uuid[])`;
}

/** JSON with every object's keys in order: a snapshot read back from jsonb (which reorders keys) equals the same
 *  snapshot as the edit layer built it (the programme's activities are objects). */
const stable = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(stable)
    : v !== null && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
        )
      : v;
/** Equal as snapshots; a field a revision made before it existed (undefined) equals its empty value (`activities: []`). */
const same = (a: unknown, b: unknown) =>
  (a === undefined && Array.isArray(b) && b.length === 0) ||
  (b === undefined && Array.isArray(a) && a.length === 0) ||
  JSON.stringify(stable(a)) === JSON.stringify(stable(b));

/** The fields whose values differ between two snapshots (in the order of `after`). */
export function diff(before: Snapshot, after: Snapshot): Change[] {
  return Object.keys(after)
    .filter((k) => !same(before[k], after[k]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** The patch's fields that would change the snapshot. */
export function effectivePatch<P extends Snapshot>(snapshot: Snapshot, patch: P): Partial<P> {
  return Object.fromEntries(
    Object.entries(patch).filter(([k, v]) => v !== undefined && !same(snapshot[k], v)),
  ) as Partial<P>;
}
