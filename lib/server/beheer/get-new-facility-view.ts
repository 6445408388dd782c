import "server-only";

import type { Actor } from "../../auth/actor";
import { canEditOrganization } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { forbidden, missing, unauthenticated } from "../edit/errors";

/** "Nieuwe locatie voorstellen": the organisation's name, for the people who may edit it. */
export async function getNewFacilityView({ actor, organizationId }: { actor: Actor | null; organizationId: string }) {
  if (!actor) throw unauthenticated();
  const org = await getPrisma().organization.findUnique({ where: { id: organizationId }, select: { name: true } });
  if (!org) throw missing({ nl: "Deze organisatie", en: "This organisation" });
  if (!canEditOrganization(actor, organizationId)) throw forbidden();
  return { organizationName: org.name };
}
