import { getReadPool } from "@/lib/db";
import { getGeocoder } from "@/lib/geocoder";
import { handleGet, json } from "@/lib/http/route";
import { readQueryParams } from "@/lib/schemas/facility-search";
import { SERVICE_LIST_KEYS, ZServiceSearchQuery } from "@/lib/schemas/services";
import { searchServices } from "@/lib/server/search-services";
import { servicesCsv } from "@/lib/server/services-csv";

export const dynamic = "force-dynamic";

// Services for a referral: from a client's postcode (with in_service_area) or for a gemeente; format=csv exports.
export const GET = handleGet(async (req: Request) => {
  const query = ZServiceSearchQuery.parse(readQueryParams(new URL(req.url).searchParams, SERVICE_LIST_KEYS));
  const result = await searchServices(getReadPool(), getGeocoder(), query);
  if (query.format === "csv") {
    return new Response(servicesCsv(result.data), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="buurtwijzer-diensten-${result.client.gemeente?.code ?? "nl"}.csv"`,
        "cache-control": "public, max-age=60, s-maxage=300",
      },
    });
  }
  return json({ data: result.data, client: { gemeente: result.client.gemeente, label: result.client.label, lat: result.client.lat, lng: result.client.lng } });
});
