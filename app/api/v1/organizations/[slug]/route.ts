import { getReadPrisma } from "@/lib/db";
import { notFound } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { zSlug } from "@/lib/schemas/organization";
import { getOrganizationBySlug } from "@/lib/server/list-organizations";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const q = z.object({ slug: zSlug }).strict().parse({ ...Object.fromEntries(new URL(req.url).searchParams), slug: (await ctx.params).slug });
  const org = await getOrganizationBySlug(getReadPrisma(), q.slug);
  if (!org) throw notFound(`Organisation "${q.slug}"`);
  return json({ data: org });
});
