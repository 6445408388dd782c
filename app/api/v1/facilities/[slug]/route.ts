import { getReadPrisma } from "@/lib/db";
import { featureCollection, wantsGeoJson } from "@/lib/geojson";
import { notFound } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { zSlug } from "@/lib/schemas/organization";
import { getFacilityBySlug } from "@/lib/server/get-facility-by-slug";
import { z } from "zod";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ slug: zSlug, format: z.enum(["json", "geojson"], { error: "must be json or geojson" }).optional() }).strict();

export const GET = handleGet(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const q = ZQuery.parse({ ...params, slug: (await ctx.params).slug });
  const facility = await getFacilityBySlug(getReadPrisma(), q.slug);
  if (!facility) throw notFound(`Facility "${q.slug}"`);
  if (wantsGeoJson(req, q.format)) {
    const feature = featureCollection([facility]).features[0];
    return json(feature, { contentType: "application/geo+json" });
  }
  return json({ data: facility });
});
