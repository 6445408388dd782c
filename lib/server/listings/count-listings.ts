import "server-only";

import { cache } from "react";

import { getReadPrisma } from "../../db";
import type { PrismaClient } from "../../generated/prisma/client";
import { LISTED_FACILITY } from "./count-facilities";

export async function countListings(prisma: PrismaClient): Promise<{ facilities: number; organizations: number }> {
  const [facilities, organizations] = await Promise.all([
    prisma.facility.count({ where: LISTED_FACILITY }),
    prisma.organization.count(),
  ]);
  return { facilities, organizations };
}

/** The start page's counts, from a replica, once per request. */
export const getListingCounts = cache(() => countListings(getReadPrisma()));
