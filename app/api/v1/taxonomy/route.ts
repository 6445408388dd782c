import { handleGet, json } from "@/lib/http/route";
import { parseAnswer, ZNoQuery } from "@/lib/schemas/answer";
import { ZTaxonomyAnswer } from "@/lib/schemas/taxonomy";
import { taxonomyTerms } from "@/lib/server/api/read";

export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request) => {
  ZNoQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(parseAnswer(ZTaxonomyAnswer, { data: await taxonomyTerms() }));
});
