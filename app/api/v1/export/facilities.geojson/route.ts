import { handleGet } from "@/lib/http/route";
import { streamResponse } from "@/lib/http/stream";
import { ZNoQuery } from "@/lib/schemas/answer";
import { exportFacilitiesGeoJson } from "@/lib/server/export/read";

export const dynamic = "force-dynamic";

// Every facility the public sees as an RFC 7946 FeatureCollection of Points (properties: the template's columns).
export const GET = handleGet(async (req: Request) => {
  ZNoQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return streamResponse(exportFacilitiesGeoJson(), {
    "content-type": "application/geo+json; charset=utf-8",
    "content-disposition": 'attachment; filename="buurtwijzer-locaties.geojson"',
  });
});
