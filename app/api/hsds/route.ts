import { hsdsJson } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { publicUrl } from "@/lib/public-url";
import { parseAnswer } from "@/lib/schemas/answer";
import { ZHsdsRoot } from "@/lib/schemas/hsds";
import { readHsdsQuery, ZHsdsNoQuery } from "@/lib/schemas/hsds-query";

export const dynamic = "force-dynamic";

// The HSDS API's root: which HSDS version it speaks, its profile (none of our own: HSDS 3.0 itself) and its OpenAPI.
export const GET = handleGet(async (req: Request) => {
  readHsdsQuery(ZHsdsNoQuery, new URL(req.url).searchParams);
  return hsdsJson(
    parseAnswer(ZHsdsRoot, {
      version: "3.0",
      profile: "https://docs.openreferral.org/en/v3.0/",
      openapi_url: publicUrl("/api/hsds/openapi.json"),
    }),
  );
});
