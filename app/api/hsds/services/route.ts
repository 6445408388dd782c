import { hsdsList } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { readHsdsQuery, ZHsdsServicesQuery } from "@/lib/schemas/hsds-query";
import { hsdsServices, hsdsServicesNdjson } from "@/lib/server/hsds/read";

export const dynamic = "force-dynamic";

// HSDS 3.0: services with their organisation, a Page at a time or all as ndjson; full=true nests them fully.
export const GET = handleGet(async (req: Request) => {
  const q = readHsdsQuery(ZHsdsServicesQuery, new URL(req.url).searchParams);
  return hsdsList(
    q,
    () => hsdsServices(q),
    () => hsdsServicesNdjson(q),
  );
});
