import "server-only";

import { getReadPrisma } from "../../db";
import type { Locale } from "../../i18n/locales";
import { feedName, icalFeed } from "./ical-feed";

// The feeds behind /api/v1/facilities/{slug}/activities.ics and /api/v1/organizations/{slug}/activities.ics: null
// when no such facility or organisation exists (the route answers 404). A closed facility still has its feed, empty:
// a subscriber's calendar then drops its dates instead of keeping them for good.

export async function facilityFeed(slug: string, lang: Locale, now = new Date()): Promise<string | null> {
  const f = await getReadPrisma().facility.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!f) return null;
  return icalFeed({ name: feedName(f.name, lang), scope: { facilityId: f.id }, lang, now });
}

export async function organizationFeed(slug: string, lang: Locale, now = new Date()): Promise<string | null> {
  const o = await getReadPrisma().organization.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!o) return null;
  return icalFeed({ name: feedName(o.name, lang), scope: { organizationId: o.id }, lang, now });
}
