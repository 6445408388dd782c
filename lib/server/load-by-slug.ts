import "server-only";
import { notFound } from "next/navigation";
import type { PrismaClient } from "../generated/prisma/client";
import { getReadPrisma } from "../db";
import { zSlug } from "../schemas/organization";

export type SlugPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A page's row by the slug in its URL; a malformed or unknown slug is a 404 page. */
export async function loadBySlug<T>(props: SlugPageProps, find: (prisma: PrismaClient, slug: string) => Promise<T | null>): Promise<T> {
  const slug = zSlug.safeParse((await props.params).slug);
  if (!slug.success) notFound();
  const row = await find(getReadPrisma(), slug.data);
  if (!row) notFound();
  return row;
}
