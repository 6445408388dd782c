import "server-only";

import type { FacilityStatus, Prisma, PrismaClient } from "../../generated/prisma/client";

// How many facilities an organisation has, by one rule for every page and the API: the ones the public can see,
// i.e. all but those closed for good. A temporarily closed facility still counts (its page says so); the dashboard
// names both other states separately. (The dashboard once counted closed ones too: 344 there, 343 in the API.)

const LISTED_STATUSES = ["active", "temporarily_closed"] as const satisfies readonly FacilityStatus[];

/** The facilities that are counted and shown in public. */
export const LISTED_FACILITY = { status: { in: [...LISTED_STATUSES] } } satisfies Prisma.FacilityWhereInput;

export const isListedStatus = (status: string): boolean => (LISTED_STATUSES as readonly string[]).includes(status);

export type FacilityCounts = { listed: number; temporarilyClosed: number; closed: number };

/** Per organisation id: listed (the public count), of which temporarily closed, and closed for good (not listed). */
export async function countFacilities(
  db: PrismaClient | Prisma.TransactionClient,
  organizationIds: string[],
): Promise<Map<string, FacilityCounts>> {
  const rows = await db.facility.groupBy({
    by: ["operatorId", "status"],
    where: { operatorId: { in: organizationIds } },
    _count: true,
  });
  const out = new Map(organizationIds.map((id) => [id, { listed: 0, temporarilyClosed: 0, closed: 0 }]));
  for (const r of rows) {
    const c = r.operatorId ? out.get(r.operatorId) : undefined;
    if (!c) continue;
    if (isListedStatus(r.status)) c.listed += r._count;
    if (r.status === "temporarily_closed") c.temporarilyClosed += r._count;
    if (r.status === "closed") c.closed += r._count;
  }
  return out;
}
