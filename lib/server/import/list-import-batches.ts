import "server-only";

import type { UserActor } from "../../auth/actor";
import { canManageOrganization, isModerator } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { unauthenticated } from "../../errors/app-error";

// The imports a person may see in /beheer/import: a moderator all, an organisation admin their organisations'.

export async function listBatches(opts: { actor: UserActor | null }) {
  if (!opts.actor) throw unauthenticated();
  const orgIds = isModerator(opts.actor)
    ? undefined
    : [...opts.actor.orgs.keys()].filter((id) => canManageOrganization(opts.actor, id));
  return getPrisma().importBatch.findMany({
    where: orgIds ? { organizationId: { in: orgIds } } : {},
    select: {
      id: true,
      fileName: true,
      status: true,
      createdAt: true,
      createdByLabel: true,
      organization: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }],
    take: 50,
  });
}
