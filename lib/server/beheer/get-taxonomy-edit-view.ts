import "server-only";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { forbidden, unauthenticated } from "../edit/errors";

/** The taxonomy's wording and order, for the moderators who change them (services first, then audiences). */
export async function getTaxonomyEditView({ actor }: { actor: Actor | null }) {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
  return getPrisma().taxonomyTerm.findMany({ orderBy: [{ kind: "desc" }, { sortOrder: "asc" }] });
}
