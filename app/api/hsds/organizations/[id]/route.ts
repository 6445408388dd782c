import { hsdsDetail, readIdQuery } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { ZHsdsOrganizationQuery } from "@/lib/schemas/hsds-query";
import { hsdsOrganization } from "@/lib/server/hsds/read";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

// HSDS 3.0: one organisation with the facilities it runs and its services (full_service=true: fully nested).
export const GET = handleGet(async (req: Request, ctx: Ctx) => {
  const q = await readIdQuery(ZHsdsOrganizationQuery, req, ctx);
  return hsdsDetail("Organization", q.id, () => hsdsOrganization(q.id, q.full_service));
});
