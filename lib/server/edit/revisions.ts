import "server-only";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import type { PrismaClient } from "../../generated/prisma/client";
import { getTermLabelsVia } from "../taxonomy/taxonomy-labels";
import { applyNow } from "./apply";
import { entityOf } from "./entities";
import { diff, effectivePatch, type EntityType, type Snapshot } from "./entity";
import { EditError, forbidden, missing, unauthenticated, type Change } from "./errors";
import { conflict, loadOr404, seen } from "./load";
import type { Outcome } from "./outcome";
import { withoutVerified } from "./revision-store";

// A listing's history for the people who may edit it, and a moderator's way back to any point in it.

/**
 * Moderator: make the listing look as it did after revision `revisionId` ("after"), or just before it ("before": undo
 * that change). The revert is itself a new revision.
 */
export async function revertTo(
  db: PrismaClient,
  actor: Actor | null,
  revisionId: string,
  seenVersion: number,
  which: "after" | "before" = "after",
): Promise<Outcome> {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
  seen(seenVersion);
  const rev = /^\d{1,18}$/.test(revisionId)
    ? await db.revision.findUnique({ where: { id: BigInt(revisionId) } })
    : null;
  if (!rev) throw missing({ nl: "Deze versie", en: "This revision" });
  const entity = entityOf(rev.entityType);
  const loaded = await loadOr404(db, entity, rev.entityId);
  if (loaded.version !== seenVersion) throw await conflict(db, entity, rev.entityId, seenVersion);
  const raw = which === "after" ? rev.after : rev.before;
  const state = raw && typeof raw === "object" && !Array.isArray(raw) ? withoutVerified(raw as Snapshot) : null;
  if (
    !state ||
    !["update", "approve", "revert", "create"].includes(rev.action) ||
    (which === "before" && rev.action === "create")
  ) {
    throw new EditError(400, {
      nl: "Deze versie kan niet worden teruggezet.",
      en: "This revision cannot be restored.",
    });
  }
  await getTermLabelsVia(db); // the taxonomy as the database has it, for the check of a service's terms
  const target = entity.schema.parse(state);
  const effective = effectivePatch(loaded.snapshot, target);
  if (Object.keys(effective).length === 0) return { outcome: "unchanged", version: loaded.version };
  return applyNow(db, entity, rev.entityId, seenVersion, effective, actor, "revert");
}

export type HistoryItem = {
  id: string;
  version: number;
  action: string;
  actorLabel: string;
  createdAt: Date;
  changes: Change[];
};

/** The revisions of one listing, newest first (for people who may edit it). */
export async function history(
  db: PrismaClient,
  actor: Actor | null,
  type: EntityType,
  id: string,
): Promise<HistoryItem[]> {
  if (!actor) throw unauthenticated();
  const entity = entityOf(type);
  const loaded = await loadOr404(db, entity, id);
  if (!entity.mayEdit(actor, loaded)) throw forbidden();
  const revs = await db.revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { id: "desc" },
    take: 200,
  });
  return revs.map((r) => ({
    id: r.id.toString(),
    version: r.version,
    action: r.action,
    actorLabel: r.actorLabel,
    createdAt: r.createdAt,
    changes: diff((r.before ?? {}) as Snapshot, r.after as Snapshot),
  }));
}
