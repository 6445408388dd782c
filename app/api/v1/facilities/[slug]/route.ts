import { getReadPrisma } from "@/lib/db";
import { featureCollection, wantsGeoJson } from "@/lib/geojson";
import { notFound } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { zSlug } from "@/lib/schemas/organization";
import { parseAnswer } from "@/lib/schemas/answer";
import { ZFacilityDetailAnswer, ZFacilityDetailGeoJson, ZFacilityDetailQuery } from "@/lib/schemas/facility-search";
import { getFacilityBySlug } from "@/lib/server/get-facility-by-slug";
import { getPrisma } from "@/lib/db";
import { etag, handleWrite, ifMatchVersion, outcomeResponse, readJson } from "@/lib/http/write";
import { submitChange } from "@/lib/server/edit/changes";

export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const q = ZFacilityDetailQuery.parse({ ...params, slug: (await ctx.params).slug });
  const facility = await getFacilityBySlug(getReadPrisma(), q.slug);
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
  const f = zSlug.safeParse(slug).success ? await getPrisma().facility.findUnique({ where: { slug }, select: { id: true } }) : null;
  if (!f) throw notFound(`Facility "${slug}"`);
  return f.id;
}

/** PATCH /api/v1/facilities/{slug}: change some fields (same names as the form), with If-Match. */
export const PATCH = handleWrite(async (req: Request, actor, ctx: Ctx) => {
  const id = await facilityIdBySlug((await ctx.params).slug);
  const version = ifMatchVersion(req);
  return outcomeResponse(await submitChange(getPrisma(), actor, "facility", id, version, await readJson(req)));
});
