import "server-only";

import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import { zSlug } from "../../schemas/organization";
import { addActivity, changeActivity, programmeForEdit, removeActivity } from "../activities/change-programme";
import { submitChange } from "../edit/apply";
import type { EntityType } from "../edit/entity";
import { setTempState } from "../edit/facility-status";

// The write API's use cases, on the primary (writes must not act on a replica's stale view). Rights are checked by
// the edit layer itself (lib/server/edit), for the API's token actor as for a signed-in editor.

/** A facility's or organisation's id by slug; null when unknown. */
export async function idBySlug(kind: "facility" | "organization", slug: string): Promise<string | null> {
  const prisma = getPrisma();
  const row = !zSlug.safeParse(slug).success
    ? null
    : kind === "facility"
      ? await prisma.facility.findUnique({ where: { slug }, select: { id: true } })
      : await prisma.organization.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}

export const changeListing = (actor: Actor | null, type: EntityType, id: string, version: number, input: unknown) =>
  submitChange(getPrisma(), actor, type, id, version, input);

export const changeTemporaryStatus = (actor: Actor | null, facilityId: string, input: unknown) =>
  setTempState(getPrisma(), actor, facilityId, input);

export const addFacilityActivity = (actor: Actor | null, facilityId: string, seen: number | null, input: unknown) =>
  addActivity(getPrisma(), actor, facilityId, seen, input);

export const changeFacilityActivity = (
  actor: Actor | null,
  facilityId: string,
  id: string,
  seen: number | null,
  input: unknown,
) => changeActivity(getPrisma(), actor, facilityId, id, seen, input);

export const removeFacilityActivity = (actor: Actor | null, facilityId: string, id: string, seen: number | null) =>
  removeActivity(getPrisma(), actor, facilityId, id, seen);

/** The programme and version, from the primary. */
export const facilityProgrammeForEdit = (facilityId: string) => programmeForEdit(getPrisma(), facilityId);
