import "server-only";

import { cache } from "react";

import { getReadPrisma } from "../../db";
import type { PrismaClient, TaxonomyKind } from "../../generated/prisma/client";

export async function listTaxonomy(prisma: PrismaClient) {
  const terms = await prisma.taxonomyTerm.findMany({ orderBy: [{ kind: "asc" }, { sortOrder: "asc" }] });
  const out = (kind: TaxonomyKind) =>
    terms.filter((t) => t.kind === kind).map((t) => ({ code: t.code, name: t.labelNl, name_en: t.labelEn }));
  return { services: out("service"), audiences: out("audience") };
}

/** The taxonomy for a page, from a read replica, once per request. */
export const getTaxonomy = cache(() => listTaxonomy(getReadPrisma()));

/** The service and audience terms, in the order they are shown. */
export type Taxonomy = Awaited<ReturnType<typeof listTaxonomy>>;
