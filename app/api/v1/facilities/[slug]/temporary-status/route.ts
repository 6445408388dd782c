import { methodNotAllowed } from "@/lib/http/problem";
import { handleWrite, outcomeResponse, readJson } from "@/lib/http/write";
import { changeTemporaryStatus } from "@/lib/server/api/write";

import { facilityIdBySlug } from "../route";

// PUT /api/v1/facilities/{slug}/temporary-status { "state": "closed"|"open"|"none", "reason": "…", "until"?: "yyyy-mm-dd" }.
// Operational, not content: goes live at once and needs no If-Match (it does not change the listing's version).
export const PUT = handleWrite(async (req: Request, actor, ctx: { params: Promise<{ slug: string }> }) => {
  const id = await facilityIdBySlug((await ctx.params).slug);
  return outcomeResponse(await changeTemporaryStatus(actor, id, await readJson(req)));
});

/** Only PUT: anything else is answered in the API's own format. */
export const GET = methodNotAllowed(["PUT"]);
