import "server-only";

import { cache } from "react";

import { getReadPrisma } from "../../db";
import type { PrismaClient } from "../../generated/prisma/client";
import { zSlug } from "../../schemas/organization";

export type SlugPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

type Find<T> = (prisma: PrismaClient, slug: string) => Promise<T | null>;

/** Once per request for the same finder and slug: generateMetadata and the page both ask (it fetched twice). */
const findOnce = cache(<T>(find: Find<T>, slug: string): Promise<T | null> => find(getReadPrisma(), slug));

/** A page's row by the slug in its URL; null for a malformed or unknown slug (the page answers with its 404). */
export async function loadBySlug<T>(props: SlugPageProps, find: Find<T>): Promise<T | null> {
  const slug = zSlug.safeParse((await props.params).slug);
  if (!slug.success) return null;
  return (await findOnce(find, slug.data)) as T | null;
}
