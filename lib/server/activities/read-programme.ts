import "server-only";

import { getReadPool, getReadPrisma } from "../../db";
import { getProgramme } from "./get-programme";

// The public pages' programmes, from the read replica.

export const facilityProgramme = (facilityId: string, lang: string) =>
  getProgramme(getReadPrisma(), getReadPool(), { facilityId }, { lang, perActivity: 3 });

/** An organisation's page shows the activities that come first (a welfare organisation may run 1,000 or more);
 *  `total` says how many there are. */
export const ORGANIZATION_PAGE_ACTIVITIES = 20;

export async function organizationProgramme(organizationId: string, lang: string) {
  const all = await getProgramme(getReadPrisma(), getReadPool(), { organizationId }, { lang, perActivity: 2 });
  const first = (p: (typeof all)[number]) => p.next[0]?.start ?? "9999";
  const items = [...all].sort((a, b) => first(a).localeCompare(first(b))).slice(0, ORGANIZATION_PAGE_ACTIVITIES);
  return { items, total: all.length };
}
