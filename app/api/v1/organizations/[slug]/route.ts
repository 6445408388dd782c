import { notFound } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { etag, handleWrite, ifMatchVersion, outcomeResponse, readJson } from "@/lib/http/write";
import { parseAnswer } from "@/lib/schemas/answer";
import { ZOrganizationDetailAnswer, ZOrganizationDetailQuery } from "@/lib/schemas/organization";
import { organizationDetail } from "@/lib/server/api/read";
import { changeListing, idBySlug } from "@/lib/server/api/write";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = handleGet(async (req: Request, ctx: Ctx) => {
  const q = ZOrganizationDetailQuery.parse({
    ...Object.fromEntries(new URL(req.url).searchParams),
    slug: (await ctx.params).slug,
  });
  const found = await organizationDetail(q.slug);
  if (!found) throw notFound(`Organisation "${q.slug}"`);
  const res = json(parseAnswer(ZOrganizationDetailAnswer, { data: found.org }));
  res.headers.set("etag", etag(found.version));
  return res;
});

/** PATCH /api/v1/organizations/{slug}: name, description, contact, kvk_number, service_area (CBS codes); If-Match. */
export const PATCH = handleWrite(async (req: Request, actor, ctx: Ctx) => {
  const slug = (await ctx.params).slug;
  const id = await idBySlug("organization", slug);
  if (!id) throw notFound(`Organisation "${slug}"`);
  const version = ifMatchVersion(req);
  return outcomeResponse(await changeListing(actor, "organization", id, version, await readJson(req)));
});
