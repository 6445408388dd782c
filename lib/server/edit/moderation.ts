import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { canEditOrganization } from "../../auth/permissions";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { ZNewFacility } from "../../schemas/edit";
import { findDuplicates } from "../import/duplicates";
import { possibleDuplicate } from "./duplicate-error";
import type { EntityType, Snapshot } from "./entity";
import { forbidden, missing, unauthenticated } from "./errors";
import type { Outcome } from "./outcome";
import { locate } from "./patch-checks";
import { json } from "./revision-store";

// Changes that wait for a moderator: a change request holds the patch until approve or reject (decide.ts).

/** Queues `patch` (over `baseVersion`; null for a new listing) as a change request; returns its id. */
export async function createChangeRequest(
  db: PrismaClient | Prisma.TransactionClient,
  actor: Actor,
  r: { entityType: EntityType; entityId: string | null; organizationId: string; baseVersion: number | null },
  patch: Snapshot,
): Promise<string> {
  const cr = await db.changeRequest.create({
    data: { ...r, patch: json(patch), createdById: actor.id, createdByLabel: actor.label },
  });
  return cr.id;
}

/** A new facility for an organisation: always waits for a moderator (created when approved). */
export async function proposeFacility(
  db: PrismaClient,
  actor: Actor | null,
  organizationId: string,
  input: unknown,
  opts: { notDuplicate?: boolean } = {},
): Promise<Outcome> {
  if (!actor) throw unauthenticated();
  const org = z.uuid().safeParse(organizationId).success
    ? await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } })
    : null;
  if (!org) throw missing({ nl: "Deze organisatie", en: "This organisation" });
  if (!canEditOrganization(actor, organizationId)) throw forbidden();
  const data = await locate(ZNewFacility.parse(input));
  // The same place listed already (BAG id, address, or close by with a similar name)? Said first; the editor may
  // answer "it is another place" and propose it all the same.
  const dup = opts.notDuplicate
    ? undefined
    : (await findDuplicates(db, [{ at: "form", patch: data, bagId: null }])).get(0);
  if (dup) throw possibleDuplicate(dup);
  const id = await createChangeRequest(
    db,
    actor,
    { entityType: "facility", entityId: null, organizationId, baseVersion: null },
    data,
  );
  return { outcome: "pending", changeRequestId: id };
}
