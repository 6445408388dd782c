import { HSDS_HEADERS } from "@/lib/http/hsds";
import { json } from "@/lib/http/route";
import { hsdsOpenApi } from "@/lib/schemas/hsds-openapi";

// OpenAPI 3.1 of the HSDS API, generated from the schemas its routes parse with (lib/schemas/hsds-openapi.ts).
export const dynamic = "force-static";

export function GET(): Response {
  return json(hsdsOpenApi(), { cache: "public, max-age=3600", headers: HSDS_HEADERS });
}
