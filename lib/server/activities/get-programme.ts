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

export type ProgrammeItem = { activity: TActivityItem & { id: string }; facilityId: string; next: TOccurrence[] };

export async function getProgramme(
  db: Db,
  pool: pg.Pool,
  scope: Extract<OccurrenceScope, { facilityId: string } | { organizationId: string }>,
  opts: { now?: Date; weeks?: number; perActivity?: number; lang?: string } = {},
): Promise<ProgrammeItem[]> {
  const now = opts.now ?? new Date();
  const facilityIds =
    "facilityId" in scope
      ? [scope.facilityId]
      : (
          await db.facility.findMany({
            where: { operatorId: scope.organizationId, status: "active" },
            select: { id: true },
          })
        ).map((f) => f.id);
  const programmes = await loadProgrammes(db, facilityIds);
  const rows = await findOccurrences(pool, {
    scope,
    from: amsterdamDate(now),
    to: amsterdamDatePlusDays(now, 7 * (opts.weeks ?? 8)),
    endsAfter: now,
    limit: 5000,
  });
  const next = new Map<string, TOccurrence[]>();
  for (const r of rows) {
    const list = next.get(r.activity_id) ?? [];
    if (list.length < (opts.perActivity ?? 5)) list.push(toOccurrence(r, opts.lang, false));
    next.set(r.activity_id, list);
  }
  return [...programmes].flatMap(([facilityId, items]) =>
    items.flatMap((a) => (a.id ? [{ activity: { ...a, id: a.id }, facilityId, next: next.get(a.id) ?? [] }] : [])),
  );
}
