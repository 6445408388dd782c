import { hsdsList } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { readHsdsQuery, ZHsdsServiceAtLocationsQuery } from "@/lib/schemas/hsds-query";
import { hsdsServiceAtLocations, hsdsServiceAtLocationsNdjson } from "@/lib/server/hsds/read";

export const dynamic = "force-dynamic";

// HSDS 3.0: each service at each facility; with postcode nearest first (and proximity in metres).
export const GET = handleGet(async (req: Request) => {
  const q = readHsdsQuery(ZHsdsServiceAtLocationsQuery, new URL(req.url).searchParams);
  return hsdsList(
    q,
    () => hsdsServiceAtLocations(q),
    () => hsdsServiceAtLocationsNdjson(q),
  );
});
