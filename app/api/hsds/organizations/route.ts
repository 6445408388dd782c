import { hsdsList } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { readHsdsQuery, ZHsdsOrganizationsQuery } from "@/lib/schemas/hsds-query";
import { hsdsOrganizations, hsdsOrganizationsNdjson } from "@/lib/server/hsds/read";

export const dynamic = "force-dynamic";

// HSDS 3.0: organisations (their own fields), a Page at a time or all as ndjson.
export const GET = handleGet(async (req: Request) => {
  const q = readHsdsQuery(ZHsdsOrganizationsQuery, new URL(req.url).searchParams);
  return hsdsList(
    q,
    () => hsdsOrganizations(q),
    () => hsdsOrganizationsNdjson(q),
  );
});
