import "server-only";

import { randomUUID } from "node:crypto";

import { parseRRule, ruleColumns } from "../../activities/rule";
import type { Prisma } from "../../generated/prisma/client";
import { minutesOf, type TActivityItem } from "../../schemas/activity";
import { loadProgramme } from "./load-programme";

// Writes a facility's whole programme (the listing's `activities`) inside the edit transaction (ids of another
// facility's activities are refused before, in lib/server/edit/patch-checks.ts): activities left out
// are removed, new ones created (with the id they bring — a revert restores the same ids, so calendar UIDs stay), and
// changed ones rewritten with SEQUENCE + 1 and a new LAST-MODIFIED (iCal subscribers see the change). Unchanged ones are
// not touched.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const asDate = (d: string) => new Date(`${d}T00:00:00Z`);

/** The facility's time zone: Flemish postcodes are four digits, Dutch ones have two letters. */
export const timeZoneOfPostcode = (postcode: string) =>
  /^\d{4}$/.test(postcode.trim()) ? "Europe/Brussels" : "Europe/Amsterdam";

function columns(a: TActivityItem, timeZone: string) {
  const rule = ruleColumns(parseRRule(a.rrule, a.valid_from), a.valid_from);
  return {
    name: a.name,
    summary: a.summary,
    kind: a.kind,
    organiserId: a.organiser_id,
    organiserName: a.organiser_name,
    audiences: a.audiences,
    languages: a.languages,
    cost: a.cost,
    costText: a.cost_text,
    registration: a.registration,
    registrationText: a.registration_text,
    wheelchair: a.wheelchair,
    rrule: a.rrule,
    startMinute: minutesOf(a.start_time),
    endMinute: minutesOf(a.end_time),
    validFrom: asDate(a.valid_from),
    validUntil: a.valid_until ? asDate(a.valid_until) : null,
    skipHolidays: a.skip_holidays,
    freq: rule.freq,
    step: rule.step,
    weekdays: rule.weekdays,
    monthDays: rule.monthDays,
    timeZone,
  };
}

const exceptionRows = (activityId: string, a: TActivityItem) =>
  a.exceptions.map((e) => ({
    activityId,
    day: asDate(e.date),
    kind: e.kind,
    reason: e.reason,
    newDay: e.new_date ? asDate(e.new_date) : null,
    newStartMinute: e.new_start_time ? minutesOf(e.new_start_time) : null,
    newEndMinute: e.new_end_time ? minutesOf(e.new_end_time) : null,
  }));

export async function writeProgramme(
  tx: Prisma.TransactionClient,
  facilityId: string,
  programme: TActivityItem[],
  now = new Date(),
): Promise<void> {
  const facility = await tx.facility.findUniqueOrThrow({ where: { id: facilityId }, select: { postcode: true } });
  const timeZone = timeZoneOfPostcode(facility.postcode);
  const current = new Map((await loadProgramme(tx, facilityId)).map((a) => [a.id ?? "", a]));
  const keep = new Set(programme.flatMap((a) => (a.id ? [a.id] : [])));
  const gone = [...current.keys()].filter((id) => !keep.has(id));
  if (gone.length) await tx.activity.deleteMany({ where: { id: { in: gone }, facilityId } });
  for (const a of programme) {
    const before = a.id ? current.get(a.id) : undefined;
    if (before && same(before, a)) continue;
    const id = a.id ?? randomUUID();
    const data = columns(a, timeZone);
    if (before) {
      await tx.activity.update({
        where: { id },
        data: { ...data, sequence: { increment: 1 }, updatedAt: now, lastVerifiedAt: now },
      });
      await tx.activityException.deleteMany({ where: { activityId: id } });
    } else {
      await tx.activity.create({
        data: { id, facilityId, ...data, createdAt: now, updatedAt: now, lastVerifiedAt: now },
      });
    }
    const rows = exceptionRows(id, a);
    if (rows.length) await tx.activityException.createMany({ data: rows });
  }
}
