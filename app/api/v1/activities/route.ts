import { calendarResponse } from "@/lib/http/calendar";
import { handleGet, json } from "@/lib/http/route";
import { readActivitiesParams, ZActivitiesAnswer, ZActivitiesQuery } from "@/lib/schemas/activities-query";
import { parseAnswer } from "@/lib/schemas/answer";
import { activitiesFeed, findActivities, readTerms } from "@/lib/server/api/read";

export const dynamic = "force-dynamic";

// GET /api/v1/activities?near=52.09,5.12&from=2026-12-08&to=2026-12-14: the dates of activities near a place.
export const GET = handleGet(async (req: Request) => {
  await readTerms(); // the audience codes the query may name
  const query = ZActivitiesQuery.parse(readActivitiesParams(new URL(req.url).searchParams));
  if (query.format === "ics") return calendarResponse(req, await activitiesFeed(query), "activiteiten.ics");
  const r = await findActivities(query);
  return json(
    parseAnswer(ZActivitiesAnswer, {
      data: r.data,
      next_cursor: r.next_cursor,
      origin: { lat: r.origin.lat, lng: r.origin.lng, label: r.origin.label },
      from: r.from,
      to: r.to,
    }),
  );
});
