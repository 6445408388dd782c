import "server-only";

import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import type { TActivityItem } from "../../schemas/activity";
import { submitChange } from "../edit/apply";
import { ConflictError, forbidden, missing, unauthenticated } from "../edit/errors";
import { facilityEntity } from "../edit/facility-entity";
import { loadOr404 } from "../edit/load";
import type { Outcome } from "../edit/outcome";

// A facility's programme is a field of its listing (`activities`, the whole list), so every change to it in /beheer is
// a listing change through submitChange: the same rights (its organisation, its volunteers, moderators), moderation,
// revision and version lock as any other field. These helpers read the programme for someone who may edit it.

export const ACTIVITY_WHAT = { nl: "Deze activiteit", en: "This activity" };

/** The facility's listing and programme (as its snapshot holds it), for someone who may edit the facility. */
export async function editableProgramme(actor: Actor | null, facilityId: string) {
  if (!actor) throw unauthenticated();
  const loaded = await loadOr404(getPrisma(), facilityEntity, facilityId);
  if (!facilityEntity.mayEdit(actor, loaded)) throw forbidden();
  return { loaded, programme: (loaded.snapshot.activities ?? []) as TActivityItem[] };
}

/** The activity with this id in the programme; 404 when it is not (or no longer) there. */
export function activityIn(programme: TActivityItem[], activityId: string): TActivityItem {
  const a = programme.find((x) => x.id === activityId);
  if (!a) throw missing(ACTIVITY_WHAT);
  return a;
}

/**
 * A change to one activity that does not depend on the rest of the listing (one date cancelled or back on, an
 * activity removed): made over the version current now — so someone's new phone number in between does not turn a
 * one-tap "gaat niet door" into a conflict — and made once more if another save lands between reading and writing.
 */
export async function changeProgramme(
  actor: Actor | null,
  facilityId: string,
  change: (programme: TActivityItem[]) => TActivityItem[],
): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    const { loaded, programme } = await editableProgramme(actor, facilityId);
    try {
      return await submitChange(getPrisma(), actor, "facility", facilityId, loaded.version, {
        activities: change(programme),
      });
    } catch (e) {
      if (!(e instanceof ConflictError) || attempt >= 2) throw e;
    }
  }
}
