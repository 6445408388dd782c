import { hsdsDetail, readIdQuery } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { ZHsdsIdQuery } from "@/lib/schemas/hsds-query";
import { hsdsServiceAtLocation } from "@/lib/server/hsds/read";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

// HSDS 3.0: one service at one facility, with the full location and the full service.
export const GET = handleGet(async (req: Request, ctx: Ctx) => {
  const { id } = await readIdQuery(ZHsdsIdQuery, req, ctx);
  return hsdsDetail("Service at location", id, () => hsdsServiceAtLocation(id));
});
