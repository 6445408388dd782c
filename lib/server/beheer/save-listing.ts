import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import { ConflictError } from "../../errors/app-error";
import { submitChange } from "../edit/apply";
import { entityOf } from "../edit/entities";
import { effectivePatch, type EntityType } from "../edit/entity";
import type { Outcome } from "../edit/outcome";
import { snapshotAt } from "../edit/snapshots-at";

export type ListingType = EntityType;

/**
 * The forms' one save path: parse, keep only what the editor changed compared with the version they saw (so
 * re-applying after a conflict never reverts someone else's change), submit. Rights, moderation and the revision are
 * the edit layer's. A conflict carries the editor's own changes, for the form to offer them again.
 */
export async function saveListing(opts: {
  actor: Actor | null;
  type: ListingType;
  id: string;
  seenVersion: number;
  input: Record<string, unknown>;
  verified?: boolean;
}): Promise<Outcome> {
  const db = getPrisma();
  const entity = entityOf(opts.type);
  const parsed = entity.schema.parse(opts.input);
  const current = await entity.load(db, z.uuid().parse(opts.id));
  const base = (await snapshotAt(db, opts.type, opts.id, opts.seenVersion)) ?? current?.snapshot ?? {};
  // For a facility, a new postcode without a moved pin: the edit layer places the pin from the postcode (the
  // unchanged lat/lng are left out here).
  const mine = effectivePatch(base, parsed);
  try {
    return await submitChange(db, opts.actor, opts.type, opts.id, opts.seenVersion, mine, {
      ...(opts.verified !== undefined ? { verified: opts.verified } : {}),
    });
  } catch (e) {
    throw e instanceof ConflictError ? e.withMine(mine) : e;
  }
}

/** "Apply my changes to the new version" after a conflict: the same changes, over the version now current. */
export async function reapplyChange(opts: {
  actor: Actor | null;
  type: ListingType;
  id: string;
  version: number;
  mine: unknown;
}): Promise<Outcome> {
  const mine = z.record(z.string(), z.unknown()).parse(opts.mine);
  try {
    return await submitChange(getPrisma(), opts.actor, opts.type, opts.id, opts.version, mine);
  } catch (e) {
    throw e instanceof ConflictError ? e.withMine(mine) : e;
  }
}
