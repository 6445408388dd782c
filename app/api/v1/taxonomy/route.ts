import { getReadPrisma } from "@/lib/db";
import { handleGet, json } from "@/lib/http/route";
import { listTaxonomy } from "@/lib/server/list-taxonomy";
import { parseAnswer, ZNoQuery } from "@/lib/schemas/answer";
import { ZTaxonomyAnswer } from "@/lib/schemas/taxonomy";

export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request) => {
  ZNoQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(parseAnswer(ZTaxonomyAnswer, { data: await listTaxonomy(getReadPrisma()) }));
});
