import "server-only";

import { z } from "zod";

import type { UserActor } from "../../auth/actor";
import { canEditFacility } from "../../auth/permissions";
import { getPool, getPrisma } from "../../db";
import { amsterdamDate, amsterdamDatePlusDays } from "../../time";
import { findOccurrences, type OccurrenceRow } from "../activities/find-occurrences";
import { toOccurrence } from "../activities/occurrence-view";
import { unauthenticated } from "../edit/errors";

// The dashboard's "Activiteiten de komende 7 dagen": every date of the activities at the facilities the dashboard
// lists (the person's organisations' and the ones they are a volunteer of, narrowed by its filter), so a cancelled
// repair café is one tap away. At most WEEK_FACILITIES of them: an organisation with 344 locations has some 1,500
// dates a week, which no one reads on one page — the dashboard asks them to find the location first.

export type WeekDate = {
  activityId: string;
  name: string;
  /** the date it is on (a moved one: its new date) */
  date: string;
  start: string;
  end: string;
  cancelled: boolean;
  reason: string | null;
  /** the date its exception is kept under: the rule's date (a moved one was moved from it) */
  ruleDate: string;
  /** cancelled by an exception, so "gaat toch door" can undo it (a public holiday cannot be undone) */
  mayRestore: boolean;
  /** a change of this date waits for a moderator */
  pending: boolean;
};
export type WeekFacility = { id: string; label: string; dates: WeekDate[] };

/** The most facilities whose week the dashboard shows at once. */
export const WEEK_FACILITIES = 12;

const ZPatch = z.object({
  activities: z.array(
    z.looseObject({
      id: z.string().optional(),
      exceptions: z.array(z.looseObject({ date: z.string(), kind: z.string() })),
    }),
  ),
});

/** Activity id → its cancelled dates as the latest waiting change would make them. */
function waitingCancellations(patches: unknown[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const patch of patches) {
    const p = ZPatch.safeParse(patch);
    if (!p.success) continue;
    for (const a of p.data.activities)
      if (a.id) out.set(a.id, new Set(a.exceptions.filter((e) => e.kind === "cancelled").map((e) => e.date)));
  }
  return out;
}

const label = (r: OccurrenceRow) =>
  `${r.facility_name}, ${r.street} ${r.house_number}${r.house_number_addition ?? ""}, ${r.place}`;

/** The next 7 days' dates at `facilityIds` (the first WEEK_FACILITIES of them that this person may edit). */
export async function getWeekActivities({
  actor,
  facilityIds: asked,
  lang,
  now = new Date(),
}: {
  actor: UserActor | null;
  facilityIds: string[];
  lang: string;
  now?: Date;
}): Promise<WeekFacility[]> {
  if (!actor) throw unauthenticated();
  const db = getPrisma();
  const facilities = await db.facility.findMany({
    where: { id: { in: asked } },
    select: { id: true, operatorId: true },
  });
  const may = new Map(facilities.filter((f) => canEditFacility(actor, f)).map((f) => [f.id, f]));
  const mine = asked.flatMap((id) => may.get(id) ?? []).slice(0, WEEK_FACILITIES);
  const from = amsterdamDate(now);
  const to = amsterdamDatePlusDays(now, 6);
  // One query per facility (at most WEEK_FACILITIES): an organisation-wide one would have to read all its locations.
  const found = await Promise.all(
    mine.map((f) => findOccurrences(getPool(), { scope: { facilityId: f.id }, from, to, endsAfter: now, limit: 200 })),
  );
  const rows = found.flat().sort((a, b) => a.starts.getTime() - b.starts.getTime());
  const facilityIds = [...new Set(rows.map((r) => r.facility_id))];
  const requests = facilityIds.length
    ? await db.changeRequest.findMany({
        where: { entityType: "facility", entityId: { in: facilityIds }, status: "pending" },
        select: { patch: true },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const waiting = waitingCancellations(requests.map((r) => r.patch));
  const byFacility = new Map<string, WeekFacility>();
  for (const r of rows) {
    const o = toOccurrence(r, lang, false);
    const ruleDate = r.moved_from ?? r.day;
    const live = r.exception === "cancelled";
    const wait = waiting.get(r.activity_id);
    const f = byFacility.get(r.facility_id) ?? { id: r.facility_id, label: label(r), dates: [] };
    f.dates.push({
      activityId: r.activity_id,
      name: r.name,
      date: r.day,
      start: o.start.slice(11, 16),
      end: o.end.slice(11, 16),
      cancelled: o.cancelled,
      reason: o.reason,
      ruleDate,
      mayRestore: live,
      pending: wait !== undefined && wait.has(ruleDate) !== live,
    });
    byFacility.set(r.facility_id, f);
  }
  return [...byFacility.values()];
}
