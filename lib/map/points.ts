import { localePath, type Locale } from "@/lib/i18n/locales";

import type { MapPoint } from "./types";

type Placed = { slug: string; name: string; type: string; lat: number; lng: number };

/** A facility as a marker that links to its public page in the reader's language; `id` is the slug unless given. */
export function facilityPoint(f: Placed, locale: Locale, id: string = f.slug): MapPoint {
  return {
    id,
    slug: f.slug,
    name: f.name,
    type: f.type,
    lat: f.lat,
    lng: f.lng,
    href: localePath(locale, `/locaties/${f.slug}`),
  };
}
