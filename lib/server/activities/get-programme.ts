import "server-only";

import type pg from "pg";

import type { TActivityItem } from "../../schemas/activity";
import type { TOccurrence } from "../../schemas/occurrence";
import { amsterdamDate, amsterdamDatePlusDays } from "../../time/amsterdam";
import type { Db } from "../edit/entity";
import { findOccurrences, type OccurrenceScope } from "./find-occurrences";
import { loadProgrammes } from "./load-programme";
import { toOccurrence } from "./occurrence-view";

// A facility's (or an organisation's) programme for a page: each activity as listed, with its next dates (cancelled
// ones included) in the coming `weeks`. The facility page, the organisation page and the poster read this.

export type ProgrammeItem = {
  activity: TActivityItem & { id: string };
  facilityId: string;
  facility: { slug: string; name: string };
  next: TOccurrence[];
};

export async function getProgramme(
  db: Db,
  pool: pg.Pool,
  scope: Extract<OccurrenceScope, { facilityId: string } | { organizationId: string }>,
  opts: { now?: Date; weeks?: number; perActivity?: number; lang?: string } = {},
): Promise<ProgrammeItem[]> {
  const now = opts.now ?? new Date();
  const facilities = await db.facility.findMany({
    where: "facilityId" in scope ? { id: scope.facilityId } : { operatorId: scope.organizationId, status: "active" },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
  const byId = new Map(facilities.map((f) => [f.id, { slug: f.slug, name: f.name }]));
  const programmes = await loadProgrammes(
    db,
    facilities.map((f) => f.id),
  );
  const rows = await findOccurrences(pool, {
    scope,
    from: amsterdamDate(now),
    to: amsterdamDatePlusDays(now, 7 * (opts.weeks ?? 8)),
    endsAfter: now,
    perActivity: opts.perActivity ?? 5,
    limit: 100_000,
  });
  const next = new Map<string, TOccurrence[]>();
  for (const r of rows)
    next.set(r.activity_id, [...(next.get(r.activity_id) ?? []), toOccurrence(r, opts.lang, false)]);
  const today = amsterdamDate(now);
  // What is over is not on the programme any more: an activity past its last date, a one-off that has been.
  const current = (a: TActivityItem) =>
    (a.valid_until === null || a.valid_until >= today) && (a.rrule !== null || a.valid_from >= today);
  return [...programmes].flatMap(([facilityId, items]) =>
    items.flatMap((a) =>
      a.id && (current(a) || next.has(a.id))
        ? [
            {
              activity: { ...a, id: a.id },
              facilityId,
              facility: byId.get(facilityId) ?? { slug: "", name: "" },
              next: next.get(a.id) ?? [],
            },
          ]
        : [],
    ),
  );
}
