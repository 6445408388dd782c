import { handleGet, json } from "@/lib/http/route";
import { parseAnswer, ZNoQuery } from "@/lib/schemas/answer";
import { apiIndex, ZIndexAnswer } from "@/lib/schemas/api-docs";

// The API's own index: its endpoints and the parameters each takes (problem answers point here). Generated from the
// same schemas as /api/v1/openapi.json (lib/schemas/api-docs.ts).
export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request) => {
  ZNoQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(parseAnswer(ZIndexAnswer, apiIndex()));
});
