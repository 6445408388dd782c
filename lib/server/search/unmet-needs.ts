import "server-only";

import type pg from "pg";

import type { PrismaClient } from "../../generated/prisma/client";

// Unmet needs, privacy first. A search that found nothing, or nothing within UNMET_DISTANCE_M, adds one to the
// counter of (this month, the searcher's gemeente, each asked kind of help — '' for any). Nothing else about the
// search is kept: no text, no coordinates, no identifiers, no time of day. Moderators see only cells of at least
// K_ANONYMITY searches.

export const UNMET_DISTANCE_M = 5000;
export const K_ANONYMITY = 5;

/** Whether a search's answer shows an unmet need: nothing found, or the nearest answer further than 5 km. */
export const isUnmet = (distancesM: number[]): boolean =>
  distancesM.length === 0 || Math.min(...distancesM) > UNMET_DISTANCE_M;

/** Counts one unmet search (on the primary: this is a write). */
export async function recordUnmetNeed(
  prisma: PrismaClient,
  gemeenteCode: string | null,
  services: string[],
  now = new Date(),
): Promise<void> {
  if (!gemeenteCode) return; // a position without a known gemeente is not counted
  const kinds = services.length ? [...new Set(services)] : [""];
  await prisma.$executeRaw`
    INSERT INTO unmet_need (month, gemeente_code, service, searches)
    SELECT date_trunc('month', ${now}::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date, ${gemeenteCode}, s, 1 FROM unnest(${kinds}::text[]) AS s
    ON CONFLICT (month, gemeente_code, service) DO UPDATE SET searches = unmet_need.searches + 1`;
}

/** The one rule pages use: count a search whose answer (`distancesM`) shows an unmet need. */
export async function countIfUnmet(
  prisma: PrismaClient,
  gemeenteCode: string | null,
  services: string[],
  distancesM: number[],
): Promise<void> {
  if (isUnmet(distancesM)) await recordUnmetNeed(prisma, gemeenteCode, services);
}

export type UnmetCell = {
  gemeente_code: string;
  gemeente: string;
  lat: number;
  lng: number;
  service: string;
  searches: number;
};

/** Cells of the last `months` months with at least K_ANONYMITY searches, largest first. */
export async function unmetNeeds(pool: pg.Pool, months = 12, now = new Date()): Promise<UnmetCell[]> {
  const { rows } = await pool.query<UnmetCell>(
    `SELECT u.gemeente_code, g.name AS gemeente, g.lat, g.lng, u.service, sum(u.searches)::int AS searches
     FROM unmet_need u JOIN gemeente g ON g.code = u.gemeente_code
     WHERE u.month > (date_trunc('month', $1::timestamptz AT TIME ZONE 'Europe/Amsterdam') - make_interval(months => $2))::date
     GROUP BY u.gemeente_code, g.name, g.lat, g.lng, u.service
     HAVING sum(u.searches) >= $3
     ORDER BY searches DESC, g.name, u.service`,
    [now, months, K_ANONYMITY],
  );
  return rows;
}
