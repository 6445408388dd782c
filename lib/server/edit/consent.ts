import "server-only";

import type { Actor } from "../../auth/actor";
import { canEditOrganization, isModerator } from "../../auth/permissions";
import type { PrismaClient } from "../../generated/prisma/client";
import { effectivePatch, type Loaded, type Snapshot } from "./entity";

// Offering a service at another organisation's facility (a spreekuur in someone else's buurthuis) needs that
// organisation's consent, or its facility page would show a stranger's service and note. An editor's change that
// adds such a facility goes live without it, and each such facility becomes a waiting request
// (change_request.facility_id) for that organisation or a moderator to accept or refuse (attach-requests.ts).

type Override = { note: string | null; opening_hours: string | null };
export type Split = { patch: Snapshot; foreign: { facilityId: string; override: Override | null }[] };

/** Whether the actor may put a service at this facility without asking: their own organisation's, or a moderator. */
const mayUse = (actor: Actor, operatorId: string | null) =>
  operatorId !== null ? canEditOrganization(actor, operatorId) : isModerator(actor);

/** Takes the facilities that need another organisation's consent out of a service patch. */
export async function splitForeign(db: PrismaClient, actor: Actor, loaded: Loaded, patch: Snapshot): Promise<Split> {
  if (!Array.isArray(patch.facility_ids)) return { patch, foreign: [] };
  const wanted = patch.facility_ids as string[];
  const added = wanted.filter((id) => !loaded.facilityIds.includes(id));
  const facilities = added.length
    ? await db.facility.findMany({ where: { id: { in: added } }, select: { id: true, operatorId: true } })
    : [];
  const foreign = new Set(facilities.filter((f) => !mayUse(actor, f.operatorId)).map((f) => f.id));
  if (foreign.size === 0) return { patch, foreign: [] };
  const overrides = (patch.location_overrides ?? null) as Record<string, Override> | null;
  const rest: Snapshot = { ...patch, facility_ids: wanted.filter((id) => !foreign.has(id)) };
  if (overrides)
    rest.location_overrides = Object.fromEntries(Object.entries(overrides).filter(([id]) => !foreign.has(id)));
  return {
    patch: effectivePatch(loaded.snapshot, rest),
    foreign: [...foreign].sort().map((facilityId) => ({ facilityId, override: overrides?.[facilityId] ?? null })),
  };
}

/** One waiting request per service and facility: asking again updates the note of the waiting one. */
export async function requestAttachments(
  db: PrismaClient,
  actor: Actor,
  loaded: Loaded,
  foreign: Split["foreign"],
): Promise<string[]> {
  const ids: string[] = [];
  for (const { facilityId, override } of foreign) {
    const patch = override ?? { note: null, opening_hours: null };
    const waiting = await db.changeRequest.findFirst({
      where: { entityId: loaded.id, facilityId, status: "pending" },
      select: { id: true },
    });
    const cr = waiting
      ? await db.changeRequest.update({
          where: { id: waiting.id },
          data: { patch, createdById: actor.id, createdByLabel: actor.label },
        })
      : await db.changeRequest.create({
          data: {
            entityType: "service",
            entityId: loaded.id,
            facilityId,
            organizationId: loaded.organizationId ?? loaded.id,
            baseVersion: null,
            patch,
            createdById: actor.id,
            createdByLabel: actor.label,
          },
        });
    ids.push(cr.id);
  }
  return ids;
}
