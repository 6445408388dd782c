import { hsdsList } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { readHsdsQuery, ZHsdsTaxonomyTermsQuery } from "@/lib/schemas/hsds-query";
import { hsdsTaxonomyTerms, hsdsTaxonomyTermsNdjson } from "@/lib/server/hsds/read";

export const dynamic = "force-dynamic";

// HSDS 3.0: the terms services are tagged with (kinds of help and audiences).
export const GET = handleGet(async (req: Request) => {
  const q = readHsdsQuery(ZHsdsTaxonomyTermsQuery, new URL(req.url).searchParams);
  return hsdsList(
    q,
    () => hsdsTaxonomyTerms(q),
    () => hsdsTaxonomyTermsNdjson(q),
  );
});
