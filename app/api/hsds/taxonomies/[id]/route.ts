import { hsdsDetail, readIdQuery } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { ZHsdsIdQuery } from "@/lib/schemas/hsds-query";
import { hsdsTaxonomy } from "@/lib/server/hsds/read";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export const GET = handleGet(async (req: Request, ctx: Ctx) => {
  const { id } = await readIdQuery(ZHsdsIdQuery, req, ctx);
  return hsdsDetail("Taxonomy", id, () => hsdsTaxonomy(id));
});
