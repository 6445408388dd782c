import "server-only";

import { cache } from "react";

import { getReadPool, getReadPrisma } from "../../db";
import type { PrismaClient } from "../../generated/prisma/client";
import { zSlug } from "../../schemas/organization";
import { getTermLabels } from "../taxonomy/taxonomy-labels";

export type SlugPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

type Find<T> = (prisma: PrismaClient, slug: string) => Promise<T | null>;

/** Once per request for the same finder and slug: generateMetadata and the page both ask (it fetched twice). The
 *  taxonomy's names are read with it: the page names the services' kinds in its language (lib/i18n/term-name.ts). */
const findOnce = cache(async <T>(find: Find<T>, slug: string): Promise<T | null> => {
  const [row] = await Promise.all([find(getReadPrisma(), slug), getTermLabels(getReadPool())]);
  return row;
});

/** A page's row by the slug in its URL; null for a malformed or unknown slug (the page goes to the not-found page). */
export async function loadBySlug<T>(props: SlugPageProps, find: Find<T>): Promise<T | null> {
  const slug = zSlug.safeParse((await props.params).slug);
  if (!slug.success) return null;
  return (await findOnce(find, slug.data)) as T | null;
}
