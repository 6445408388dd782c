import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { forbidden, missing, unauthenticated } from "../../errors/app-error";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "./audit";

/** Moderators: whether an organisation's changes go live at once (trusted) or wait for a moderator. Audited. */
export async function setOrganizationTrust(
  db: PrismaClient,
  actor: Actor | null,
  organizationId: string,
  trusted: boolean,
): Promise<void> {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
  const org = z.uuid().safeParse(organizationId).success
    ? await db.organization.findUnique({ where: { id: organizationId }, select: { publishesDirectly: true } })
    : null;
  if (!org) throw missing({ nl: "Deze organisatie", en: "This organisation" });
  if (org.publishesDirectly === trusted) return;
  await db.$transaction(async (tx) => {
    await tx.organization.update({ where: { id: organizationId }, data: { publishesDirectly: trusted } });
    await recordAudit(tx, actor, {
      action: "organization.trust",
      organizationId,
      subjectType: "organization",
      subjectId: organizationId,
      before: { publishes_directly: org.publishesDirectly },
      after: { publishes_directly: trusted },
    });
  });
}
