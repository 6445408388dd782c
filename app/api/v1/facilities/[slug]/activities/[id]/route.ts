import { z } from "zod";

import { notFound } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { etag, handleWrite, ifMatchVersion, outcomeResponse, readJson } from "@/lib/http/write";
import { changeFacilityActivity, facilityProgrammeForEdit, removeFacilityActivity } from "@/lib/server/api/write";

import { facilityIdBySlug } from "../../route";

// One activity of a facility: GET, PATCH (some fields), DELETE. If-Match (the facility's ETag) optional.

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string; id: string }> };

async function target(ctx: Ctx) {
  const { slug, id } = await ctx.params;
  const facilityId = await facilityIdBySlug(slug);
  if (!z.uuid().safeParse(id).success) throw notFound(`Activity "${id}"`);
  return { facilityId, id };
}
const seenOf = (req: Request) => (req.headers.has("if-match") ? ifMatchVersion(req) : null);

export const GET = handleGet(async (_req: Request, ctx: Ctx) => {
  const { facilityId, id } = await target(ctx);
  const { version, list } = await facilityProgrammeForEdit(facilityId);
  const item = list.find((a) => a.id === id);
  if (!item) throw notFound(`Activity "${id}"`);
  const res = json({ data: item }, { cache: "no-store" });
  res.headers.set("etag", etag(version));
  return res;
});

export const PATCH = handleWrite(async (req: Request, actor, ctx: Ctx) => {
  const { facilityId, id } = await target(ctx);
  return outcomeResponse(await changeFacilityActivity(actor, facilityId, id, seenOf(req), await readJson(req)));
});

export const DELETE = handleWrite(async (req: Request, actor, ctx: Ctx) => {
  const { facilityId, id } = await target(ctx);
  return outcomeResponse(await removeFacilityActivity(actor, facilityId, id, seenOf(req)));
});
