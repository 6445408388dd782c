import "server-only";

import { publicHoliday } from "../../activities/holidays";
import type { TOccurrence } from "../../schemas/occurrence";
import { isoInZone } from "../../time/zoned";
import type { OccurrenceRow } from "./find-occurrences";

// A row of findOccurrences as an answer's item. An activity that does not run on public holidays is shown on one as
// cancelled with the holiday's name (not left out: a resident who knows "every Monday" sees why not this Monday).

export function toOccurrence(r: OccurrenceRow, lang = "nl", withDistance = true): TOccurrence {
  // A date moved onto a holiday was moved there on purpose: it goes ahead (as in the calendar feeds).
  const holiday = r.skip_holidays && r.exception === null ? publicHoliday(r.day, r.time_zone, lang) : null;
  return {
    activity_id: r.activity_id,
    name: r.name,
    summary: r.summary,
    kind: r.kind as TOccurrence["kind"],
    start: isoInZone(r.starts, r.time_zone),
    end: isoInZone(r.ends, r.time_zone),
    date: r.day,
    cancelled: r.exception === "cancelled" || holiday !== null,
    reason: holiday ?? r.reason,
    moved_from: r.moved_from,
    cost: r.cost as TOccurrence["cost"],
    cost_text: r.cost_text,
    registration: r.registration as TOccurrence["registration"],
    registration_text: r.registration_text,
    languages: r.languages,
    audiences: r.audiences,
    wheelchair: r.wheelchair as TOccurrence["wheelchair"],
    facility: {
      slug: r.slug,
      name: r.facility_name,
      lat: r.lat,
      lng: r.lng,
      address: {
        street: r.street,
        house_number: r.house_number,
        house_number_addition: r.house_number_addition,
        postcode: r.postcode,
        place: r.place,
      },
    },
    distance_m: withDistance ? Math.round(r.distance_m) : null,
  };
}
