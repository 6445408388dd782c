import "server-only";

import type { Actor } from "../../auth/actor";
import { publishesDirectly } from "../../auth/permissions";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { TFacilityPatch } from "../../schemas/edit";
import { getTermLabelsVia } from "../taxonomy/taxonomy-labels";
import { requestAttachments, splitForeign } from "./consent";
import { entityOf } from "./entities";
import { effectivePatch, type Entity, type EntityType, type Loaded, type Snapshot } from "./entity";
import { forbidden, missing, unauthenticated } from "./errors";
import { confirmCurrent, markVerified, writeVerified } from "./facility-status";
import { conflict, loadOr404, seen } from "./load";
import { createChangeRequest } from "./moderation";
import type { Outcome } from "./outcome";
import { extraChecks, locate } from "./patch-checks";
import { writeRevision } from "./revision-store";

// Every change to a listing goes through here, from the forms and the API alike:
//  1. who may (lib/auth/permissions), 2. zod-parse the patch, 3. compare with the version the editor saw,
//  4. either write it at once (trusted organisation or moderator) or queue it for a moderator,
//  5. a written change bumps `version` in the same UPDATE that checks it (`WHERE version = $seen`), keeps a revision
//     (before/after) and refreshes the search index, all in one transaction — so two saves of the same version can
//     never both land, and nothing is ever written half.

/** Thrown inside a write transaction to roll it back when the row moved on; turned into a ConflictError outside. */
class Stale extends Error {}

/**
 * Writes `patch` over version `seen`, with a revision; throws ConflictError when the row moved on. `first` runs
 * first in the same transaction (a moderator's approval claims its change request there, so that exactly one of
 * several concurrent approvals applies it, and a conflict leaves the request pending).
 */
export async function applyNow(
  db: PrismaClient,
  entity: Entity<Snapshot>,
  id: string,
  seen: number,
  patch: Snapshot,
  actor: Actor | null,
  action: string,
  changeRequest?: { id: string; claim: (tx: Prisma.TransactionClient) => Promise<void> },
  verifiedAt?: Date | null,
): Promise<Outcome> {
  try {
    return await db.$transaction(async (tx) => {
      await changeRequest?.claim(tx);
      const before = await entity.load(tx, id);
      if (!before) throw missing(entity.what);
      if (before.version !== seen || !(await entity.write(tx, id, seen, patch))) throw new Stale();
      const after = await entity.load(tx, id);
      if (!after) throw missing(entity.what);
      // Saved with "alles op deze pagina klopt": checked in this transaction, recorded in this same revision.
      const checked = verifiedAt && entity.type === "facility" ? await markVerified(tx, id, verifiedAt) : null;
      const revisionId = await writeRevision(tx, {
        type: entity.type,
        id,
        version: after.version,
        action,
        actor,
        changeRequestId: changeRequest?.id,
        before: { ...before.snapshot, ...checked?.before },
        after: { ...after.snapshot, ...checked?.after },
      });
      return {
        outcome: "applied" as const,
        version: after.version,
        revisionId,
        ...(checked ? { verified: true } : {}),
      };
    });
  } catch (e) {
    if (e instanceof Stale) throw await conflict(db, entity, id, seen);
    throw e;
  }
}

/**
 * Save a change made by an editor (form or API). `verified`: the editor says everything on the page is right, so the
 * facility counts as checked ("alles klopt nog") — with the change, or on its own when nothing changed. Whoever may
 * edit a facility may also say that (its volunteer too). A stale save marks nothing.
 */
export async function submitChange(
  db: PrismaClient,
  actor: Actor | null,
  type: EntityType,
  id: string,
  seenVersion: number,
  input: unknown,
  opts: { verified?: boolean; now?: Date } = {},
): Promise<Outcome> {
  if (!actor) throw unauthenticated();
  seen(seenVersion);
  const entity = entityOf(type);
  const loaded = await loadOr404(db, entity, id);
  if (!entity.mayEdit(actor, loaded)) throw forbidden();
  await getTermLabelsVia(db); // the taxonomy as the database has it, for the check of a service's terms
  let patch = entity.schema.parse(input);
  if (type === "facility") patch = await locate(patch as TFacilityPatch);
  if (loaded.version !== seenVersion) throw await conflict(db, entity, id, seenVersion);
  const { patch: effective, foreign } = await splitForeign(db, actor, loaded, effectivePatch(loaded.snapshot, patch));
  const verifiedAt = opts.verified && type === "facility" ? (opts.now ?? new Date()) : null;
  if (Object.keys(effective).length === 0 && foreign.length === 0) {
    if (verifiedAt) await confirmCurrent(db, actor, id, verifiedAt);
    return { outcome: "unchanged", version: loaded.version, ...(verifiedAt ? { verified: true } : {}) };
  }
  await extraChecks(db, type, loaded, effective);
  const outcome =
    Object.keys(effective).length === 0
      ? null
      : await applyOrQueue(db, actor, entity, loaded, seenVersion, effective, verifiedAt);
  if (foreign.length === 0 && outcome) return outcome;
  const asked = await requestAttachments(db, actor, loaded, foreign);
  const awaitingConsent = foreign.map((f) => f.facilityId);
  return outcome
    ? { ...outcome, awaitingConsent }
    : { outcome: "pending", changeRequestId: asked[0] ?? "", awaitingConsent };
}

async function applyOrQueue(
  db: PrismaClient,
  actor: Actor,
  entity: Entity<Snapshot>,
  loaded: Loaded,
  seenVersion: number,
  effective: Snapshot,
  verifiedAt: Date | null,
): Promise<Outcome> {
  const org = loaded.organizationId
    ? await db.organization.findUnique({ where: { id: loaded.organizationId }, select: { publishesDirectly: true } })
    : null;
  if (publishesDirectly(actor, org))
    return applyNow(db, entity, loaded.id, seenVersion, effective, actor, "update", undefined, verifiedAt);
  // A change that waits for a moderator: "checked" is operational like the button and counts at once, in the same
  // transaction as the request (the moderator still sees the change).
  return db.$transaction(async (tx) => {
    const changeRequestId = await createChangeRequest(
      tx,
      actor,
      {
        entityType: entity.type,
        entityId: loaded.id,
        organizationId: loaded.organizationId ?? loaded.id,
        baseVersion: seenVersion,
      },
      effective,
    );
    if (verifiedAt) await writeVerified(tx, actor, loaded, verifiedAt);
    return { outcome: "pending" as const, changeRequestId, ...(verifiedAt ? { verified: true } : {}) };
  });
}
