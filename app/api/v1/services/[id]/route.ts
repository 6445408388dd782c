import { notFound } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { etag, handleWrite, ifMatchVersion, outcomeResponse, readJson } from "@/lib/http/write";
import { parseAnswer } from "@/lib/schemas/answer";
import { ZServiceEditAnswer, ZServiceIdQuery } from "@/lib/schemas/services";
import { serviceForEdit } from "@/lib/server/api/read";
import { changeListing } from "@/lib/server/api/write";

// GET /api/v1/services/{id}: one service's editable fields and version (ETag); PATCH changes them, with If-Match.
type Ctx = { params: Promise<{ id: string }> };
export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request, ctx: Ctx) => {
  const { id } = ZServiceIdQuery.parse({
    ...Object.fromEntries(new URL(req.url).searchParams),
    id: (await ctx.params).id,
  });
  const s = await serviceForEdit(id);
  if (!s) throw notFound(`Service "${id}"`);
  const res = json(
    parseAnswer(ZServiceEditAnswer, {
      data: { id, organization_id: s.organizationId, version: s.version, ...s.snapshot },
    }),
    { cache: "no-store" },
  );
  res.headers.set("etag", etag(s.version));
  return res;
});

export const PATCH = handleWrite(async (req: Request, actor, ctx: Ctx) => {
  const id = (await ctx.params).id;
  const version = ifMatchVersion(req);
  return outcomeResponse(await changeListing(actor, "service", id, version, await readJson(req)));
});
