import { getPrisma, getReadPrisma } from "@/lib/db";
import { notFound } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { etag, handleWrite, ifMatchVersion, outcomeResponse, readJson } from "@/lib/http/write";
import { parseAnswer } from "@/lib/schemas/answer";
import { zSlug, ZOrganizationDetailAnswer, ZOrganizationDetailQuery } from "@/lib/schemas/organization";
import { submitChange } from "@/lib/server/edit/changes";
import { getOrganizationBySlug } from "@/lib/server/list-organizations";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = handleGet(async (req: Request, ctx: Ctx) => {
  const q = ZOrganizationDetailQuery.parse({ ...Object.fromEntries(new URL(req.url).searchParams), slug: (await ctx.params).slug });
  const prisma = getReadPrisma();
  const [org, row] = await Promise.all([getOrganizationBySlug(prisma, q.slug), prisma.organization.findUnique({ where: { slug: q.slug }, select: { version: true } })]);
  if (!org || !row) throw notFound(`Organisation "${q.slug}"`);
  const res = json(parseAnswer(ZOrganizationDetailAnswer, { data: org }));
  res.headers.set("etag", etag(row.version));
  return res;
});

/** PATCH /api/v1/organizations/{slug}: name, description, contact, kvk_number, service_area (CBS codes); If-Match. */
export const PATCH = handleWrite(async (req: Request, actor, ctx: Ctx) => {
  const slug = (await ctx.params).slug;
  const o = zSlug.safeParse(slug).success ? await getPrisma().organization.findUnique({ where: { slug }, select: { id: true } }) : null;
  if (!o) throw notFound(`Organisation "${slug}"`);
  const version = ifMatchVersion(req);
  return outcomeResponse(await submitChange(getPrisma(), actor, "organization", o.id, version, await readJson(req)));
});
