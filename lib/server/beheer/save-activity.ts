import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import { ZActivityItem } from "../../schemas/activity";
import { submitChange } from "../edit/apply";
import { ConflictError, missing } from "../edit/errors";
import type { Outcome } from "../edit/outcome";
import { getTermLabelsVia } from "../taxonomy/taxonomy-labels";
import { ACTIVITY_WHAT, activityIn, changeProgramme, editableProgramme } from "./programme-change";

// The /beheer activity form's saves: one activity added to the facility's programme or changed, over the version the
// editor saw (a stale one is the edit layer's conflict, carrying this one activity as "my change", so "apply my change
// to the new version" changes only it and keeps what the other person did); and an activity removed.

/**
 * Adds `activity` (API field names, no id) to the facility's programme, or changes the one with its id. The form does
 * not show an activity's exceptions or organiser id: those are kept as they are now.
 */
export async function saveActivity(opts: {
  actor: Actor | null;
  facilityId: string;
  seenVersion: number;
  activity: unknown;
}): Promise<Outcome> {
  const { programme } = await editableProgramme(opts.actor, opts.facilityId);
  const fields = z.record(z.string(), z.unknown()).parse(opts.activity);
  delete fields.exceptions;
  delete fields.organiser_id;
  const before = typeof fields.id === "string" ? activityIn(programme, fields.id) : undefined;
  const db = getPrisma();
  await getTermLabelsVia(db); // the audiences as the database has them, for the schema's check
  const item = ZActivityItem.parse({
    ...fields,
    organiser_id: before?.organiser_id ?? null,
    exceptions: before?.exceptions ?? [],
  });
  const activities = before ? programme.map((a) => (a.id === before.id ? item : a)) : [...programme, item];
  try {
    return await submitChange(db, opts.actor, "facility", opts.facilityId, opts.seenVersion, { activities });
  } catch (e) {
    throw e instanceof ConflictError ? e.withMine({ activity: item }) : e;
  }
}

/** "Apply my change to the new version" after a conflict: the same activity, over the version now current. */
export function reapplyActivity(opts: {
  actor: Actor | null;
  facilityId: string;
  version: number;
  mine: unknown;
}): Promise<Outcome> {
  const { activity } = z.object({ activity: z.unknown() }).parse(opts.mine);
  return saveActivity({ actor: opts.actor, facilityId: opts.facilityId, seenVersion: opts.version, activity });
}

/** Takes the activity out of the programme (the revision keeps it; a moderator's undo brings it back, same id). */
export function removeActivity(opts: {
  actor: Actor | null;
  facilityId: string;
  activityId: string;
}): Promise<Outcome> {
  return changeProgramme(opts.actor, opts.facilityId, (programme) => {
    if (!programme.some((a) => a.id === opts.activityId)) throw missing(ACTIVITY_WHAT);
    return programme.filter((a) => a.id !== opts.activityId);
  });
}
