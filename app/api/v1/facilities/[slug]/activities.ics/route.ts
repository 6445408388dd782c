import { calendarResponse } from "@/lib/http/calendar";
import { notFound } from "@/lib/http/problem";
import { handleGet } from "@/lib/http/route";
import { publicUrl } from "@/lib/public-url";
import { ZIcalFeedQuery } from "@/lib/schemas/ical-query";
import { facilityFeed } from "@/lib/server/activities/slug-feeds";
import { mergedInto } from "@/lib/server/listings/facility-redirect";

// GET /api/v1/facilities/{slug}/activities.ics — the facility's programme as an iCalendar feed to subscribe to.
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = handleGet(async (req: Request, ctx: Ctx) => {
  const url = new URL(req.url);
  const q = ZIcalFeedQuery.parse({ ...Object.fromEntries(url.searchParams), slug: (await ctx.params).slug });
  const feed = await facilityFeed(q.slug, q.lang);
  if (feed !== null) return calendarResponse(req, feed, `${q.slug}.ics`);
  // A facility merged into another: subscribers follow it to the one kept (same activities, same UIDs).
  const into = await mergedInto(q.slug);
  if (into) {
    const to = publicUrl(`/api/v1/facilities/${into}/activities.ics${url.search}`);
    return new Response(null, { status: 308, headers: { location: to, "cache-control": "public, max-age=300" } });
  }
  throw notFound(`Facility "${q.slug}"`);
});
