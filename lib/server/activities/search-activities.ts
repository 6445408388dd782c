import "server-only";

import type pg from "pg";

import type { Geocoder } from "../../geocoder/types";
import { DEFAULT_RADIUS_KM, type TActivitiesQuery } from "../../schemas/activities-query";
import { encodeCursor } from "../../schemas/cursor";
import type { TOccurrence } from "../../schemas/occurrence";
import { amsterdamDate } from "../../time/amsterdam";
import { resolveOrigin, type Origin } from "../search/resolve-origin";
import { findOccurrences, type OccurrenceRow } from "./find-occurrences";
import { toOccurrence } from "./occurrence-view";

// "What is on near me": the dates of activities within the radius, in the window (default: today), sorted by start,
// then distance. The API and the /activiteiten page call this.

export type ActivitySearchResult = {
  data: TOccurrence[];
  rows: OccurrenceRow[];
  next_cursor: string | null;
  origin: Origin;
  from: string;
  to: string;
};

export async function searchActivities(
  pool: pg.Pool,
  geocoder: Geocoder,
  q: TActivitiesQuery,
  opts: { now?: Date; lang?: string; endsAfter?: Date } = {},
): Promise<ActivitySearchResult> {
  const origin = await resolveOrigin(q, geocoder);
  if (!origin) throw new Error("searchActivities needs an origin (the schema asks for one)");
  const from = q.from ?? amsterdamDate(opts.now ?? new Date());
  const to = q.to ?? from;
  const c = q.cursor as { t?: unknown; d: number; id: string } | undefined;
  const after = c && typeof c.t === "number" ? { t: c.t, d: c.d, id: c.id } : undefined;
  const rows = await findOccurrences(pool, {
    scope: { near: origin, radiusM: (q.radius_km ?? DEFAULT_RADIUS_KM) * 1000 },
    from,
    to,
    filters: { kind: q.kind, audience: q.audience, free: q.free, language: q.language, wheelchair: q.wheelchair },
    endsAfter: opts.endsAfter,
    limit: q.limit + 1,
    after,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    data: page.map((r) => toOccurrence(r, opts.lang)),
    rows: page,
    next_cursor:
      rows.length > q.limit && last
        ? encodeCursor({ t: last.starts.getTime(), d: last.distance_m, id: last.activity_id })
        : null,
    origin,
    from,
    to,
  };
}
