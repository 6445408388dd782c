import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { canEditOrganization, isModerator } from "../../auth/permissions";
import { forbidden, missing, unauthenticated } from "../../errors/app-error";
import { facilityLabel } from "../../facility-match";
import type { PrismaClient } from "../../generated/prisma/client";
import { ZReason } from "../../schemas/edit";
import { FACILITY_NAMED } from "../listings/facility-named";
import { applyNow } from "./apply";
import { alreadyDecided, claim } from "./claim";
import { effectivePatch, type Entity, type Snapshot } from "./entity";
import type { Outcome } from "./outcome";
import { serviceEntity } from "./service-entity";

// Deciding a request to offer a service at another organisation's facility (see consent.ts): the facility's
// organisation — its editors and admins — or a moderator accepts or refuses it. Accepting is a change of the service
// like any other (a revision, the search index, the version), claimed like a moderator's approval (claim.ts).

type Override = { note: string | null; opening_hours: string | null };

/** A waiting request to offer a service at a facility, for someone who may decide it (else: does not exist). */
async function attachRequestOr404(db: PrismaClient, actor: Actor | null, id: string) {
  if (!actor) throw unauthenticated();
  const cr = z.uuid().safeParse(id).success
    ? await db.changeRequest.findUnique({ where: { id }, include: { facility: { select: { operatorId: true } } } })
    : null;
  const operatorId = cr?.facility?.operatorId ?? null;
  if (
    !cr?.facilityId ||
    cr.entityId === null ||
    !(isModerator(actor) || (operatorId !== null && canEditOrganization(actor, operatorId)))
  ) {
    throw missing({ nl: "Dit verzoek", en: "This request" });
  }
  // Consent is a person's decision, made in /beheer: not something an organisation's API token may give.
  if (actor.kind === "token") throw forbidden();
  if (cr.status !== "pending") throw alreadyDecided();
  return { ...cr, entityId: cr.entityId, facilityId: cr.facilityId };
}

/** The facility's organisation (or a moderator) agrees: the service is offered there from now on. */
export async function acceptAttachment(db: PrismaClient, actor: Actor | null, id: string): Promise<Outcome> {
  const cr = await attachRequestOr404(db, actor, id);
  const decided = { status: "approved" as const, decidedById: actor?.id ?? null, decidedAt: new Date() };
  const entity: Entity<Snapshot> = serviceEntity;
  const now = await entity.load(db, cr.entityId);
  if (!now) throw missing(entity.what);
  const override = cr.patch as Override;
  const overrides = { ...(now.snapshot.location_overrides as Record<string, Override>) };
  if (override.note !== null || override.opening_hours !== null) overrides[cr.facilityId] = override;
  const patch = effectivePatch(now.snapshot, {
    facility_ids: [...new Set([...now.facilityIds, cr.facilityId])].sort(),
    location_overrides: overrides,
  });
  if (Object.keys(patch).length === 0) {
    await db.$transaction((tx) => claim(tx, cr.id, decided));
    return { outcome: "unchanged", version: now.version };
  }
  const onBehalf = { ...(actor as Actor), label: `${(actor as Actor).label} (namens ${cr.createdByLabel})` };
  return applyNow(db, entity, cr.entityId, now.version, patch, onBehalf, "approve", {
    id: cr.id,
    claim: (tx) => claim(tx, cr.id, decided),
  });
}

/** The facility's organisation (or a moderator) says no, with a reason the asking organisation sees. */
export async function refuseAttachment(
  db: PrismaClient,
  actor: Actor | null,
  id: string,
  input: unknown,
): Promise<void> {
  const cr = await attachRequestOr404(db, actor, id);
  const { reason } = ZReason.parse(input);
  await db.$transaction((tx) =>
    claim(tx, cr.id, { status: "rejected", reason, decidedById: actor?.id ?? null, decidedAt: new Date() }),
  );
}

export type AttachRequest = {
  id: string;
  service: string;
  fromOrganization: string;
  facility: string;
  note: string | null;
  createdAt: Date;
  createdByLabel: string;
};

/** The requests waiting for these organisations' consent (for their dashboard). */
export async function attachRequestsFor(db: PrismaClient, organizationIds: string[]): Promise<AttachRequest[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.changeRequest.findMany({
    where: { status: "pending", facility: { operatorId: { in: organizationIds } } },
    include: {
      facility: { select: FACILITY_NAMED },
    },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  const services = new Map(
    (
      await db.service.findMany({
        where: { id: { in: rows.flatMap((r) => r.entityId ?? []) } },
        select: { id: true, name: true },
      })
    ).map((s) => [s.id, s.name]),
  );
  const orgs = new Map(
    (
      await db.organization.findMany({
        where: { id: { in: rows.map((r) => r.organizationId) } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  return rows.map((r) => ({
    id: r.id,
    service: services.get(r.entityId ?? "") ?? "?",
    fromOrganization: orgs.get(r.organizationId) ?? "",
    facility: r.facility ? facilityLabel(r.facility) : "?",
    note: (r.patch as Override | null)?.note ?? null,
    createdAt: r.createdAt,
    createdByLabel: r.createdByLabel,
  }));
}
