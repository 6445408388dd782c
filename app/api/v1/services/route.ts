import { handleGet, jsonText } from "@/lib/http/route";
import { parseAnswer } from "@/lib/schemas/answer";
import { readQueryParams } from "@/lib/schemas/facility-search";
import { SERVICE_LIST_KEYS, ZServiceListAnswer, ZServiceSearchQuery } from "@/lib/schemas/services";
import { cachedServicesBody, findServices, readTerms } from "@/lib/server/api/read";
import { servicesCsv } from "@/lib/server/services/services-csv";

export const dynamic = "force-dynamic";

// Services for a referral: from a client's postcode (with in_service_area) or for a gemeente; format=csv exports.
// JSON answers come from the shared response cache while the data is unchanged (x-cache tells hit or miss); the CSV
// export is rare and always computed.
export const GET = handleGet(async (req: Request) => {
  await readTerms(); // the codes the query may name
  const query = ZServiceSearchQuery.parse(readQueryParams(new URL(req.url).searchParams, SERVICE_LIST_KEYS));
  if (query.format === "csv") {
    const result = await findServices(query);
    return new Response(servicesCsv(result.data, query.sep ?? ";"), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="buurtwijzer-diensten-${result.client.gemeente?.code ?? "nl"}.csv"`,
        "cache-control": "public, max-age=60, s-maxage=300",
      },
    });
  }
  const { body, cache } = await cachedServicesBody(query, ({ data, client }) =>
    JSON.stringify(parseAnswer(ZServiceListAnswer, { data, client })),
  );
  return jsonText(body, { headers: { "x-cache": cache } });
});
