import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { canManageOrganization } from "../../auth/permissions";
import { AppError, forbidden, missing, unauthenticated } from "../../errors/app-error";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { m, ORG_ROLES, orList } from "../../schemas/common";
import { recordAudit } from "./audit";
import { createUserWithoutPassword } from "./users";

// An organisation's people: its admins invite editors and admins, remove them, and hand one facility to a volunteer
// (e.g. a dorpshuis board member) who then edits only that facility. A new person gets an account without a password
// and a mail to choose one (sent by the caller through better-auth's reset flow).

const INVITE_ROLES = [...ORG_ROLES, "volunteer"] as const;
export const ZInvite = z
  .object({
    name: z.string().trim().min(2, m("vul een naam in", "name is required")).max(120),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email(m("is geen e-mailadres", "is not an email address"))),
    /** volunteer: no membership, one facility delegated (facility_id) */
    role: z.enum(INVITE_ROLES, m("kies een rol", `must be ${orList(INVITE_ROLES)}`)),
    facility_id: z.uuid().optional(),
  })
  .strict();

export type InviteResult = { userId: string; created: boolean; email: string };

async function findOrCreateUser(
  db: PrismaClient | Prisma.TransactionClient,
  name: string,
  email: string,
): Promise<{ id: string; created: boolean }> {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  return { id: await createUserWithoutPassword(db, { name, email, role: "user" }), created: true };
}

async function orgOr404(db: PrismaClient, organizationId: string) {
  const org = z.uuid().safeParse(organizationId).success
    ? await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } })
    : null;
  if (!org) throw missing({ nl: "Deze organisatie", en: "This organisation" });
  return org;
}

/** Adds a person to the organisation (editor or admin), or makes them the volunteer of one of its facilities. */
export async function invite(
  db: PrismaClient,
  actor: Actor | null,
  organizationId: string,
  input: unknown,
): Promise<InviteResult> {
  if (!actor) throw unauthenticated();
  await orgOr404(db, organizationId);
  if (!canManageOrganization(actor, organizationId)) throw forbidden();
  const data = ZInvite.parse(input);
  if (data.role === "volunteer") {
    const f = data.facility_id
      ? await db.facility.findUnique({ where: { id: data.facility_id }, select: { operatorId: true } })
      : null;
    if (!f || f.operatorId !== organizationId)
      throw new AppError("invalid", {
        messages: {
          nl: "Kies een locatie van uw organisatie.",
          en: "facility_id: pick one of the organisation's facilities",
        },
        field: "facility_id",
      });
  }
  const user = await db.$transaction(async (tx) => {
    const user = await findOrCreateUser(tx, data.name, data.email);
    if (data.role === "volunteer") {
      const facilityId = data.facility_id!;
      await tx.facilityDelegate.upsert({
        where: { userId_facilityId: { userId: user.id, facilityId } },
        create: { userId: user.id, facilityId },
        update: {},
      });
      await recordAudit(tx, actor, {
        action: "volunteer.add",
        organizationId,
        subjectType: "user",
        subjectId: user.id,
        after: { email: data.email, facility_id: facilityId, new_account: user.created },
      });
    } else {
      const before = await tx.membership.findUnique({
        where: { userId_organizationId: { userId: user.id, organizationId } },
        select: { role: true },
      });
      await tx.membership.upsert({
        where: { userId_organizationId: { userId: user.id, organizationId } },
        create: { userId: user.id, organizationId, role: data.role },
        update: { role: data.role },
      });
      await recordAudit(tx, actor, {
        action: "member.invite",
        organizationId,
        subjectType: "user",
        subjectId: user.id,
        before,
        after: { email: data.email, role: data.role, new_account: user.created },
      });
    }
    return user;
  });
  return { userId: user.id, created: user.created, email: data.email };
}

/** Removes a person's role in the organisation, or a volunteer's facility. The last admin cannot remove themselves. */
export async function removePerson(
  db: PrismaClient,
  actor: Actor | null,
  organizationId: string,
  userId: string,
  facilityId?: string,
): Promise<void> {
  if (!actor) throw unauthenticated();
  await orgOr404(db, organizationId);
  if (!canManageOrganization(actor, organizationId)) throw forbidden();
  if (facilityId) {
    const f = z.uuid().safeParse(facilityId).success
      ? await db.facility.findUnique({ where: { id: facilityId }, select: { operatorId: true } })
      : null;
    if (!f || f.operatorId !== organizationId) throw missing({ nl: "Deze locatie", en: "This facility" });
    await db.$transaction(async (tx) => {
      const { count } = await tx.facilityDelegate.deleteMany({ where: { userId, facilityId } });
      if (count)
        await recordAudit(tx, actor, {
          action: "volunteer.remove",
          organizationId,
          subjectType: "user",
          subjectId: userId,
          before: { facility_id: facilityId },
        });
    });
    return;
  }
  const admins = await db.membership.count({ where: { organizationId, role: "org_admin", NOT: { userId } } });
  const target = await db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId } } });
  if (!target) throw missing({ nl: "Deze persoon", en: "This person" });
  if (target.role === "org_admin" && admins === 0) throw new AppError("last_admin");
  await db.$transaction(async (tx) => {
    await tx.membership.delete({ where: { userId_organizationId: { userId, organizationId } } });
    await recordAudit(tx, actor, {
      action: "member.remove",
      organizationId,
      subjectType: "user",
      subjectId: userId,
      before: { role: target.role },
    });
  });
}
