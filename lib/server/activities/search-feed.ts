import "server-only";

import { getReadPool } from "../../db";
import { getGeocoder } from "../../geocoder";
import type { Locale } from "../../i18n/locales";
import { MAX_WINDOW_DAYS, type TActivitiesQuery } from "../../schemas/activities-query";
import { amsterdamDate, amsterdamDatePlusDays } from "../../time/amsterdam";
import { resolveOrigin } from "../search/resolve-origin";
import { findOccurrences } from "./find-occurrences";
import { feedName, icalFeed } from "./ical-feed";

// GET /api/v1/activities?…&format=ics: the activities a search finds (within the radius, with its filters, happening in
// the coming month — or the asked window) as one subscribable calendar. The feed holds the activities themselves
// (their rules), so a subscribed calendar keeps showing them after that month.

const MAX_FEED_ACTIVITIES = 500;

export async function searchFeed(q: TActivitiesQuery, lang: Locale, now = new Date()): Promise<string> {
  const origin = await resolveOrigin(q, getGeocoder());
  if (!origin) throw new Error("searchFeed needs an origin (the schema asks for one)");
  const from = q.from ?? amsterdamDate(now);
  const rows = await findOccurrences(getReadPool(), {
    scope: { near: origin, radiusM: q.radius_km * 1000 },
    from,
    to: q.to ?? (q.from ? from : amsterdamDatePlusDays(now, MAX_WINDOW_DAYS - 1)),
    filters: { kind: q.kind, audience: q.audience, free: q.free, language: q.language, wheelchair: q.wheelchair },
    limit: 20_000,
  });
  const ids = [...new Set(rows.map((r) => r.activity_id))].slice(0, MAX_FEED_ACTIVITIES);
  return icalFeed({ name: feedName(origin.label, lang), scope: { activityIds: ids }, lang, now });
}
