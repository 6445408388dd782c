import { featureCollection, wantsGeoJson } from "@/lib/geojson";
import { notFound } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { etag, handleWrite, ifMatchVersion, outcomeResponse, readJson } from "@/lib/http/write";
import { parseAnswer } from "@/lib/schemas/answer";
import { ZFacilityDetailAnswer, ZFacilityDetailGeoJson, ZFacilityDetailQuery } from "@/lib/schemas/facility-search";
import { facilityDetail } from "@/lib/server/api/read";
import { changeListing, idBySlug } from "@/lib/server/api/write";

export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const q = ZFacilityDetailQuery.parse({ ...params, slug: (await ctx.params).slug });
  const facility = await facilityDetail(q.slug);
  if (!facility) throw notFound(`Facility "${q.slug}"`);
  if (wantsGeoJson(req, q.format)) {
    const feature = featureCollection([facility]).features[0];
    return json(parseAnswer(ZFacilityDetailGeoJson, feature), { contentType: "application/geo+json" });
  }
  const res = json(parseAnswer(ZFacilityDetailAnswer, { data: facility }));
  res.headers.set("etag", etag(facility.version));
  return res;
});

type Ctx = { params: Promise<{ slug: string }> };

/** The facility's id by slug, from the primary (writes must not act on a replica's stale view). */
export async function facilityIdBySlug(slug: string): Promise<string> {
  const id = await idBySlug("facility", slug);
  if (!id) throw notFound(`Facility "${slug}"`);
  return id;
}

/** PATCH /api/v1/facilities/{slug}: change some fields (same names as the form), with If-Match. */
export const PATCH = handleWrite(async (req: Request, actor, ctx: Ctx) => {
  const id = await facilityIdBySlug((await ctx.params).slug);
  const version = ifMatchVersion(req);
  return outcomeResponse(await changeListing(actor, "facility", id, version, await readJson(req)));
});
