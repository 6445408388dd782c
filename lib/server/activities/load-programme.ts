import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import { canonicalActivity, timeOf, type TActivityItem } from "../../schemas/activity";
import type { Db } from "../edit/entity";

// A facility's programme as its listing holds it (the `activities` field of its snapshot): each activity in the API's
// field names with its exceptions, in the order they were added. One reader for the edit layer and the import, so
// their revisions hold the same thing.

const day = (d: Date) => d.toISOString().slice(0, 10);

type ActivityRow = Prisma.ActivityGetPayload<{ include: { exceptions: true } }>;

/** How a facility's activities are read with it: in the order they were added, exceptions by date. */
export const PROGRAMME_INCLUDE = {
  include: { exceptions: { orderBy: { day: "asc" } } },
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
} satisfies Prisma.Facility$activitiesArgs;

/** One activity row (with its exceptions) as the listing holds it. */
export function programmeItem(a: ActivityRow): TActivityItem {
  return canonicalActivity({
    id: a.id,
    name: a.name,
    summary: a.summary,
    kind: a.kind as TActivityItem["kind"],
    organiser_id: a.organiserId,
    organiser_name: a.organiserName,
    audiences: a.audiences,
    languages: a.languages,
    cost: a.cost,
    cost_text: a.costText,
    registration: a.registration as TActivityItem["registration"],
    registration_text: a.registrationText,
    wheelchair: a.wheelchair,
    rrule: a.rrule,
    start_time: timeOf(a.startMinute),
    end_time: timeOf(a.endMinute),
    valid_from: day(a.validFrom),
    valid_until: a.validUntil ? day(a.validUntil) : null,
    skip_holidays: a.skipHolidays,
    exceptions: a.exceptions.map((e) => ({
      date: day(e.day),
      kind: e.kind as "cancelled" | "moved",
      reason: e.reason,
      new_date: e.newDay ? day(e.newDay) : null,
      new_start_time: e.newStartMinute === null ? null : timeOf(e.newStartMinute),
      new_end_time: e.newEndMinute === null ? null : timeOf(e.newEndMinute),
    })),
  });
}

export async function loadProgrammes(db: Db, facilityIds: string[]): Promise<Map<string, TActivityItem[]>> {
  const out = new Map<string, TActivityItem[]>(facilityIds.map((id) => [id, []]));
  if (facilityIds.length === 0) return out;
  // Most facilities have no programme: find those that do first (raw SQL: Prisma's IN over an import chunk's 1,000
  // ids plans badly inside a long transaction), then read only theirs.
  const having = await db.$queryRaw<{ facility_id: string }[]>`
    SELECT DISTINCT facility_id::text FROM activity WHERE facility_id = ANY(${facilityIds}::uuid[])`;
  if (having.length === 0) return out;
  const rows = await db.activity.findMany({
    where: { facilityId: { in: having.map((h) => h.facility_id) } },
    ...PROGRAMME_INCLUDE,
  });
  for (const a of rows) out.get(a.facilityId)?.push(programmeItem(a));
  return out;
}

export async function loadProgramme(db: Db, facilityId: string): Promise<TActivityItem[]> {
  return (await loadProgrammes(db, [facilityId])).get(facilityId) ?? [];
}
