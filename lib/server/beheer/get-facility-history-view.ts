import "server-only";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { history } from "../edit/revisions";
import { FACILITY_NAMED } from "../listings/facility-named";

/**
 * A facility's revisions, newest first, for the people who may edit it (`history` checks that and answers 404 for an
 * unknown id), with what the page names it by and whether this person may undo a change.
 */
export async function getFacilityHistoryView({ actor, id }: { actor: Actor | null; id: string }) {
  const db = getPrisma();
  const items = await history(db, actor, "facility", id);
  const facility = await db.facility.findUniqueOrThrow({
    where: { id },
    select: { ...FACILITY_NAMED, version: true },
  });
  return { facility, items, mayRevert: isModerator(actor) };
}
