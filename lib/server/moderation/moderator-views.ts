import "server-only";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { getPool, getPrisma } from "../../db";
import { forbidden, unauthenticated } from "../../errors/app-error";
import { moderationQueue } from "../edit/queue";
import { openReports } from "../reports/reports";
import { unmetNeeds } from "../search/unmet-needs";
import { pendingWorkers } from "../workers/manage-workers";

// What only moderators see, checked here for the acting person (a page that forgot its guard could otherwise show
// the whole queue, every visitor's report and every pending registration).

function mustModerate(actor: Actor | null): void {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
}

/** The moderation page: changes waiting, open reports, registrations waiting. */
export async function moderationOverview({ actor }: { actor: Actor | null }) {
  mustModerate(actor);
  const db = getPrisma();
  const [queue, reports, workers] = await Promise.all([moderationQueue(db), openReports(db), pendingWorkers(db)]);
  return { queue, reports, workers };
}

/** Unmet needs of the last `months` months (cells of at least K_ANONYMITY searches) and the term labels. */
export async function unmetNeedsOverview({ actor, months = 12 }: { actor: Actor | null; months?: number }) {
  mustModerate(actor);
  const [cells, terms] = await Promise.all([unmetNeeds(getPool(), months), getPrisma().taxonomyTerm.findMany()]);
  return { cells, terms };
}
