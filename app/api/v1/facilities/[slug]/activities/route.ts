import { handleGet, json } from "@/lib/http/route";
import { etag, handleWrite, ifMatchVersion, outcomeResponse, readJson } from "@/lib/http/write";
import { addFacilityActivity, facilityProgrammeForEdit } from "@/lib/server/api/write";

import { facilityIdBySlug } from "../route";

// GET  /api/v1/facilities/{slug}/activities: the programme as the write API takes it; ETag = the facility's version.
// POST /api/v1/facilities/{slug}/activities { name, kind, rrule, start_time, end_time, valid_from, … }: add one
// (If-Match optional: the change is made to the programme as it is). 201 with its id, or 202 when a moderator checks.

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = handleGet(async (_req: Request, ctx: Ctx) => {
  const id = await facilityIdBySlug((await ctx.params).slug);
  const { version, list } = await facilityProgrammeForEdit(id);
  const res = json({ data: list }, { cache: "no-store" });
  res.headers.set("etag", etag(version));
  return res;
});

export const POST = handleWrite(async (req: Request, actor, ctx: Ctx) => {
  const slug = (await ctx.params).slug;
  const facilityId = await facilityIdBySlug(slug);
  const seen = req.headers.has("if-match") ? ifMatchVersion(req) : null;
  const { id, outcome } = await addFacilityActivity(actor, facilityId, seen, await readJson(req));
  const res = outcomeResponse(outcome);
  const body = { ...(await res.json()), id };
  const headers = new Headers(res.headers);
  if (outcome.outcome === "applied") headers.set("location", `/api/v1/facilities/${slug}/activities/${id}`);
  return new Response(JSON.stringify(body), {
    status: outcome.outcome === "applied" ? 201 : res.status,
    headers,
  });
});
