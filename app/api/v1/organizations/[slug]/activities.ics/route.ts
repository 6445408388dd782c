import { calendarResponse } from "@/lib/http/calendar";
import { notFound } from "@/lib/http/problem";
import { handleGet } from "@/lib/http/route";
import { ZIcalFeedQuery } from "@/lib/schemas/ical-query";
import { organizationFeed } from "@/lib/server/activities/slug-feeds";

// GET /api/v1/organizations/{slug}/activities.ics — the programmes of all the organisation's facilities as one feed.
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = handleGet(async (req: Request, ctx: Ctx) => {
  const q = ZIcalFeedQuery.parse({
    ...Object.fromEntries(new URL(req.url).searchParams),
    slug: (await ctx.params).slug,
  });
  const feed = await organizationFeed(q.slug, q.lang);
  if (feed === null) throw notFound(`Organisation "${q.slug}"`);
  return calendarResponse(req, feed, `${q.slug}.ics`);
});
