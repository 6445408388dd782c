import "server-only";

import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import { forbidden, unauthenticated } from "../edit/errors";
import { canKeepLists, listsOf } from "../workers/manage-workers";

/** A social worker's own named lists of services (workers, moderators and admins keep them). */
export async function listSavedLists({ actor }: { actor: Actor | null }) {
  if (!actor) throw unauthenticated();
  if (!canKeepLists(actor)) throw forbidden();
  return listsOf(getPrisma(), actor);
}
