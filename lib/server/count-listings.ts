import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

export async function countListings(prisma: PrismaClient): Promise<{ facilities: number; organizations: number }> {
  const [facilities, organizations] = await Promise.all([
    prisma.facility.count({ where: { status: { not: "closed" } } }),
    prisma.organization.count(),
  ]);
  return { facilities, organizations };
}
