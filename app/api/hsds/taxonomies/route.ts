import { hsdsList } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { readHsdsQuery, ZHsdsTaxonomiesQuery } from "@/lib/schemas/hsds-query";
import { hsdsTaxonomies, hsdsTaxonomiesNdjson } from "@/lib/server/hsds/read";

export const dynamic = "force-dynamic";

// HSDS 3.0: the taxonomies our terms come from (one: Buurtwijzer).
export const GET = handleGet(async (req: Request) => {
  const q = readHsdsQuery(ZHsdsTaxonomiesQuery, new URL(req.url).searchParams);
  return hsdsList(
    q,
    () => hsdsTaxonomies(q),
    () => hsdsTaxonomiesNdjson(q),
  );
});
