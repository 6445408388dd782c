import "server-only";

import type { Actor } from "../../auth/actor";
import { publishesDirectly } from "../../auth/permissions";
import { getPrisma } from "../../db";
import type { TActivityItem } from "../../schemas/activity";
import { timeZoneOfPostcode } from "../activities/write-programme";
import { activityIn, editableProgramme } from "./programme-change";

/**
 * /beheer/locaties/<id>/activiteiten/nieuw and …/<activityId>: the facility, the activity to change (none: a new one),
 * the version the form is based on, the audiences to offer, and whether a save waits for a moderator — for the people
 * who may edit the facility.
 */
export async function getActivityFormView({
  actor,
  facilityId,
  activityId,
}: {
  actor: Actor | null;
  facilityId: string;
  activityId?: string;
}) {
  const { loaded, programme } = await editableProgramme(actor, facilityId);
  const activity: TActivityItem | null = activityId ? activityIn(programme, activityId) : null;
  const db = getPrisma();
  const [org, terms] = await Promise.all([
    loaded.organizationId
      ? db.organization.findUnique({ where: { id: loaded.organizationId }, select: { publishesDirectly: true } })
      : null,
    db.taxonomyTerm.findMany({ where: { kind: "audience" }, orderBy: { sortOrder: "asc" } }),
  ]);
  const has = new Set(activity?.audiences ?? []);
  return {
    facility: { id: facilityId, label: loaded.label },
    version: loaded.version,
    activity,
    // A retired audience is offered only to an activity that has it (and may keep it).
    audiences: terms.filter((t) => !t.retiredAt || has.has(t.code)),
    waitsForModerator: actor ? !publishesDirectly(actor, org) : true,
    timeZone: timeZoneOfPostcode(String(loaded.snapshot.postcode ?? "")),
  };
}
