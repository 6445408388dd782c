import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { missing, unauthenticated } from "../../errors/app-error";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { ZNewFacility, ZReason } from "../../schemas/edit";
import { slugify } from "../../slug";
import { getTermLabelsVia } from "../taxonomy/taxonomy-labels";
import { applyNow } from "./apply";
import { acceptAttachment } from "./attach-requests";
import { alreadyDecided, claim, type Decided } from "./claim";
import { entityOf } from "./entities";
import { facilityEntity, newFacilityColumns } from "./facility-entity";
import type { Outcome } from "./outcome";
import { writeRevision } from "./revision-store";

// A moderator's decision on a waiting change. Several moderators (or one double-click) may decide the same request
// at once: each decision claims the request inside its own transaction (claim.ts), so exactly one applies it.

async function pendingOr404(db: PrismaClient, actor: Actor | null, id: string) {
  if (!actor) throw unauthenticated();
  // Change requests are not public: to anyone but a moderator they do not exist.
  const cr =
    isModerator(actor) && z.uuid().safeParse(id).success ? await db.changeRequest.findUnique({ where: { id } }) : null;
  if (!cr) throw missing({ nl: "Deze wijziging", en: "This change request" });
  if (cr.status !== "pending") throw alreadyDecided();
  return cr;
}

async function freeSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    if (!(await tx.facility.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export async function approveChange(db: PrismaClient, actor: Actor | null, changeRequestId: string): Promise<Outcome> {
  const cr = await pendingOr404(db, actor, changeRequestId);
  if (cr.facilityId !== null) return acceptAttachment(db, actor, cr.id);
  const decided: Decided = { status: "approved", decidedById: actor?.id ?? null, decidedAt: new Date() };
  if (cr.entityId === null) {
    const data = ZNewFacility.parse(cr.patch);
    return db.$transaction(async (tx) => {
      await claim(tx, cr.id, decided);
      const f = await tx.facility.create({
        data: {
          slug: await freeSlug(tx, slugify(`${data.name} ${data.place}`).slice(0, 80)),
          ...newFacilityColumns(data),
          operatorId: cr.organizationId,
          lastVerifiedAt: new Date(),
        },
      });
      await tx.$executeRaw`SELECT refresh_facility_search(${[f.id]}::uuid[])`;
      const after = await facilityEntity.load(tx, f.id);
      await tx.changeRequest.update({ where: { id: cr.id }, data: { entityId: f.id } });
      const revisionId = await writeRevision(tx, {
        type: "facility",
        id: f.id,
        version: f.version,
        action: "create",
        actor,
        before: null,
        after: after?.snapshot ?? {},
        changeRequestId: cr.id,
      });
      return { outcome: "applied" as const, version: f.version, revisionId };
    });
  }
  const entity = entityOf(cr.entityType);
  await getTermLabelsVia(db); // the taxonomy as the database has it, for the check of a service's terms
  const onBehalf = { ...(actor as Actor), label: `${(actor as Actor).label} (namens ${cr.createdByLabel})` };
  return applyNow(db, entity, cr.entityId, cr.baseVersion ?? 0, entity.schema.parse(cr.patch), onBehalf, "approve", {
    id: cr.id,
    claim: (tx) => claim(tx, cr.id, decided),
  });
}

export async function rejectChange(
  db: PrismaClient,
  actor: Actor | null,
  changeRequestId: string,
  input: unknown,
): Promise<void> {
  const cr = await pendingOr404(db, actor, changeRequestId);
  const { reason } = ZReason.parse(input);
  await db.$transaction((tx) =>
    claim(tx, cr.id, { status: "rejected", reason, decidedById: actor?.id ?? null, decidedAt: new Date() }),
  );
}
