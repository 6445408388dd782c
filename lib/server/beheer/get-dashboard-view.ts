import "server-only";

import type { UserActor } from "../../auth/actor";
import { getPrisma } from "../../db";
import { loadDashboard, type Dashboard } from "../edit/dashboard";
import { unauthenticated } from "../edit/errors";

/** /beheer: what this person keeps (their organisations, delegated facilities) and what needs their attention. */
export async function getDashboardView({ actor, now }: { actor: UserActor | null; now?: Date }): Promise<Dashboard> {
  if (!actor) throw unauthenticated();
  // Scoped by construction: it reads only the actor's own memberships and delegations (and the queue size for
  // moderators, asked through lib/auth/permissions inside).
  return loadDashboard(getPrisma(), actor, now);
}
