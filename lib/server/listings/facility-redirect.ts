import "server-only";

import { getReadPrisma } from "../../db";
import { zSlug } from "../../schemas/organization";

/** Where the address of a facility merged into another leads now (its page redirects there), or null. */
export async function mergedInto(slug: string): Promise<string | null> {
  const parsed = zSlug.safeParse(slug);
  if (!parsed.success) return null;
  const r = await getReadPrisma().facilitySlugRedirect.findUnique({
    where: { oldSlug: parsed.data },
    select: { facility: { select: { slug: true } } },
  });
  return r?.facility.slug ?? null;
}
