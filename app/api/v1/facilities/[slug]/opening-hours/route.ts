import { z } from "zod";

import { methodNotAllowed } from "@/lib/http/problem";
import { handleWrite, ifMatchVersion, outcomeResponse, readJson } from "@/lib/http/write";
import { changeListing } from "@/lib/server/api/write";

import { facilityIdBySlug } from "../route";

// PUT /api/v1/facilities/{slug}/opening-hours { "opening_hours": "Mo-Fr 09:00-17:00; PH off" | null }, with If-Match.
const ZBody = z.object({ opening_hours: z.string().nullable() }).strict();

export const PUT = handleWrite(async (req: Request, actor, ctx: { params: Promise<{ slug: string }> }) => {
  const id = await facilityIdBySlug((await ctx.params).slug);
  const version = ifMatchVersion(req);
  const body = ZBody.parse(await readJson(req));
  return outcomeResponse(await changeListing(actor, "facility", id, version, body));
});

/** Only PUT: anything else is answered in the API's own format. */
export const GET = methodNotAllowed(["PUT"]);
