import { handleGet, json } from "@/lib/http/route";
import { parseAnswer } from "@/lib/schemas/answer";
import { ZOrganizationListAnswer, ZOrganizationListQuery } from "@/lib/schemas/organization";
import { singleParam } from "@/lib/schemas/query-params";
import { organizationsPage } from "@/lib/server/api/read";

export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request) => {
  const sp = new URL(req.url).searchParams;
  const raw = Object.fromEntries([...new Set(sp.keys())].map((k) => [k, singleParam(sp, k)]));
  const q = ZOrganizationListQuery.parse(raw);
  return json(parseAnswer(ZOrganizationListAnswer, await organizationsPage(q)));
});
