import { handleGet, json } from "@/lib/http/route";
import { parseAnswer } from "@/lib/schemas/answer";
import { ZClusterAnswer, ZClusterQuery } from "@/lib/schemas/clusters";
import { readFacilitySearchParams } from "@/lib/schemas/facility-search";
import { facilityClusters, readTerms } from "@/lib/server/api/read";

export const dynamic = "force-dynamic";

// The map asks for the markers of its view: clusters with counts and single facilities, for any number of facilities.
export const GET = handleGet(async (req: Request) => {
  await readTerms(); // the codes the query may name
  const query = ZClusterQuery.parse(readFacilitySearchParams(new URL(req.url).searchParams));
  return json(parseAnswer(ZClusterAnswer, await facilityClusters(query)), { contentType: "application/geo+json" });
});
