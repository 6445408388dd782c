import "server-only";

import { cache } from "react";

import { getReadPool, getReadPrisma } from "../../db";
import type { PrismaClient, TaxonomyKind } from "../../generated/prisma/client";
import { getTermLabels } from "./taxonomy-labels";

/** The terms that may be chosen now (retired ones left out), in the order moderators gave them. */
export async function listTaxonomy(prisma: PrismaClient) {
  const terms = await prisma.taxonomyTerm.findMany({
    where: { retiredAt: null },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }],
  });
  const out = (kind: TaxonomyKind) =>
    terms.filter((t) => t.kind === kind).map((t) => ({ code: t.code, name: t.labelNl, name_en: t.labelEn }));
  return { services: out("service"), audiences: out("audience") };
}

/** The taxonomy for a page, from a read replica, once per request; the terms' names in every language read with it
 *  (lib/i18n/term-name.ts). */
export const getTaxonomy = cache(async () => {
  const [taxonomy] = await Promise.all([listTaxonomy(getReadPrisma()), getTermLabels(getReadPool())]);
  return taxonomy;
});

/** The service and audience terms, in the order they are shown. */
export type Taxonomy = Awaited<ReturnType<typeof listTaxonomy>>;
