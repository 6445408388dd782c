import { featureCollection, wantsGeoJson } from "@/lib/geojson";
import { handleGet, json } from "@/lib/http/route";
import { parseAnswer } from "@/lib/schemas/answer";
import {
  readFacilitySearchParams,
  ZFacilityListAnswer,
  ZFacilityListGeoJson,
  ZFacilitySearchQuery,
} from "@/lib/schemas/facility-search";
import { findFacilities, readTerms } from "@/lib/server/api/read";

export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request) => {
  await readTerms(); // the codes the query may name
  const query = ZFacilitySearchQuery.parse(readFacilitySearchParams(new URL(req.url).searchParams));
  const result = await findFacilities(query);
  // open=now changes by the minute: keep it out of shared caches for long.
  const cache = query.open ? "public, max-age=30, s-maxage=30" : undefined;
  if (wantsGeoJson(req, query.format)) {
    const collection = featureCollection(result.data, { next_cursor: result.next_cursor, origin: result.origin });
    return json(parseAnswer(ZFacilityListGeoJson, collection), { contentType: "application/geo+json", cache });
  }
  return json(
    parseAnswer(ZFacilityListAnswer, { data: result.data, next_cursor: result.next_cursor, origin: result.origin }),
    { cache },
  );
});
