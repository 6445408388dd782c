import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { zDate } from "../../schemas/activity";
import { optionalText } from "../../schemas/edit-fields";
import type { Outcome } from "../edit/outcome";
import { activityIn, changeProgramme } from "./programme-change";

// "Gaat niet door" and "gaat toch door" for one date of an activity (the dashboard's buttons): a cancelled exception
// added to the activity, or taken away again. Through the edit layer like every listing change, so a change by an
// organisation that does not publish directly waits for a moderator, and each one is a revision.

const ZDateChange = z.object({ date: zDate, reason: optionalText(200) });

/** Cancels (`cancelled`) or restores the activity's date `date` (yyyy-mm-dd, the date it is on by its rule). */
export function setActivityDate(opts: {
  actor: Actor | null;
  facilityId: string;
  activityId: string;
  date: string;
  cancelled: boolean;
  reason?: string;
}): Promise<Outcome> {
  const { date, reason } = ZDateChange.parse({ date: opts.date, reason: opts.reason ?? "" });
  return changeProgramme(opts.actor, opts.facilityId, (programme) => {
    const a = activityIn(programme, opts.activityId);
    // A moved date cancelled is no longer moved; "gaat toch door" takes away a cancellation only.
    const others = a.exceptions.filter((e) => e.date !== date || (!opts.cancelled && e.kind !== "cancelled"));
    const exceptions = opts.cancelled
      ? [
          ...others,
          { date, kind: "cancelled" as const, reason, new_date: null, new_start_time: null, new_end_time: null },
        ]
      : others;
    return programme.map((x) => (x.id === a.id ? { ...a, exceptions } : x));
  });
}
