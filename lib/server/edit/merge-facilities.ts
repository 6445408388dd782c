import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { AppError, forbidden, missing, unauthenticated } from "../../errors/app-error";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { entityOf } from "./entities";
import { refreshSearch } from "./entity";
import { writeRevision } from "./revision-store";

// A moderator merges two listings of one place (a duplicate found on import or reported): the facility kept gets the
// other's services (each service's own revision), its history, external ids (so a re-import finds the kept one),
// reports, volunteers and waiting requests; the other's address redirects to the kept one; the other is removed.
// One transaction: a merge happens whole or not at all.

const ZMerge = z.object({ keepId: z.uuid(), mergeId: z.uuid() });

async function moveServices(tx: Prisma.TransactionClient, keepId: string, mergeId: string, actor: Actor) {
  const services = await tx.serviceAtLocation.findMany({ where: { facilityId: mergeId }, select: { serviceId: true } });
  const entity = entityOf("service");
  for (const { serviceId } of services) {
    const before = await entity.load(tx, serviceId);
    const already = await tx.serviceAtLocation.findUnique({
      where: { serviceId_facilityId: { serviceId, facilityId: keepId } },
    });
    if (already) await tx.serviceAtLocation.deleteMany({ where: { serviceId, facilityId: mergeId } });
    else
      await tx.serviceAtLocation.updateMany({
        where: { serviceId, facilityId: mergeId },
        data: { facilityId: keepId },
      });
    const s = await tx.service.update({
      where: { id: serviceId },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    const after = await entity.load(tx, serviceId);
    if (before && after)
      await writeRevision(tx, {
        type: "service",
        id: serviceId,
        version: s.version,
        action: "merge",
        actor,
        before: before.snapshot,
        after: after.snapshot,
      });
  }
  // Ended offers keep their ids (printed sheets name them): moved too, unless the kept facility has its own.
  const keptEnded = await tx.serviceAtLocationEnded.findMany({
    where: { facilityId: keepId },
    select: { serviceId: true },
  });
  await tx.serviceAtLocationEnded.updateMany({
    where: { facilityId: mergeId, serviceId: { notIn: keptEnded.map((e) => e.serviceId) } },
    data: { facilityId: keepId },
  });
}

export async function mergeFacilities(
  db: PrismaClient,
  actor: Actor | null,
  input: unknown,
): Promise<{ slug: string }> {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
  const { keepId, mergeId } = ZMerge.parse(input);
  if (keepId === mergeId)
    throw new AppError("invalid", {
      field: "merge",
      messages: { nl: "Kies een andere locatie om mee samen te voegen.", en: "Choose another facility to merge with." },
    });
  return db.$transaction(async (tx) => {
    const facility = entityOf("facility");
    const [keep, merged] = await Promise.all([
      facility.load(tx, keepId),
      tx.facility.findUnique({ where: { id: mergeId } }),
    ]);
    if (!keep || !merged) throw missing({ nl: "Deze locatie", en: "This facility" });
    await moveServices(tx, keepId, mergeId, actor);
    await tx.revision.updateMany({ where: { entityType: "facility", entityId: mergeId }, data: { entityId: keepId } });
    await tx.externalRef.updateMany({
      where: { entityType: "facility", entityId: mergeId },
      data: { entityId: keepId },
    });
    await tx.report.updateMany({ where: { facilityId: mergeId }, data: { facilityId: keepId } });
    await tx.changeRequest.updateMany({ where: { facilityId: mergeId }, data: { facilityId: keepId } });
    await tx.changeRequest.updateMany({
      where: { entityType: "facility", entityId: mergeId },
      data: { entityId: keepId },
    });
    const delegates = await tx.facilityDelegate.findMany({ where: { facilityId: mergeId } });
    await tx.facilityDelegate.createMany({
      data: delegates.map((d) => ({ userId: d.userId, facilityId: keepId })),
      skipDuplicates: true,
    });
    await tx.facilitySlugRedirect.updateMany({ where: { facilityId: mergeId }, data: { facilityId: keepId } });
    // Its programme moves too, with the same activity ids (calendar UIDs); SEQUENCE + 1, since LOCATION changes.
    await tx.activity.updateMany({
      where: { facilityId: mergeId },
      data: { facilityId: keepId, sequence: { increment: 1 }, updatedAt: new Date() },
    });
    await tx.facility.delete({ where: { id: mergeId } });
    await tx.facilitySlugRedirect.create({ data: { oldSlug: merged.slug, facilityId: keepId } });
    const kept = await tx.facility.update({ where: { id: keepId }, data: { version: { increment: 1 } } });
    await refreshSearch(tx, [keepId]);
    const after = await facility.load(tx, keepId);
    await writeRevision(tx, {
      type: "facility",
      id: keepId,
      version: kept.version,
      action: "merge",
      actor,
      before: { ...keep.snapshot, merged: { id: merged.id, slug: merged.slug, name: merged.name } },
      after: after?.snapshot ?? keep.snapshot,
    });
    return { slug: kept.slug };
  });
}
