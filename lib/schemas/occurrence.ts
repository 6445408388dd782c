import { z } from "zod";

import { ACTIVITY_KINDS } from "../reference/activity-kinds";
import { COSTS, WHEELCHAIR } from "./common";

// One date of an activity, as GET /api/v1/activities and the pages give it: start and end with the offset of the
// facility's time zone ("2026-12-08T13:00:00+01:00"), cancelled dates included (with the reason), moved ones at their
// new date with the date they were moved from.

export const ZOccurrence = z
  .object({
    activity_id: z.uuid(),
    name: z.string(),
    summary: z.string(),
    kind: z.enum(ACTIVITY_KINDS),
    start: z.string().describe("start, with the facility's offset: 2026-12-08T13:00:00+01:00"),
    end: z.string(),
    date: z.string().describe("the calendar date where the facility is, yyyy-mm-dd"),
    cancelled: z.boolean(),
    reason: z.string().nullable().describe("why it is cancelled or moved (or the public holiday)"),
    moved_from: z.string().nullable().describe("the date it was moved from, yyyy-mm-dd"),
    cost: z.enum(COSTS),
    cost_text: z.string().nullable(),
    registration: z.enum(["none", "required"]),
    registration_text: z.string().nullable(),
    languages: z.array(z.string()),
    audiences: z.array(z.string()),
    wheelchair: z.enum(WHEELCHAIR),
    facility: z.object({
      slug: z.string(),
      name: z.string(),
      lat: z.number(),
      lng: z.number(),
      address: z.object({
        street: z.string(),
        house_number: z.string(),
        house_number_addition: z.string().nullable(),
        postcode: z.string(),
        place: z.string(),
      }),
    }),
    distance_m: z.number().nullable().describe("metres from the origin (null without one)"),
  })
  .strip();
export type TOccurrence = z.infer<typeof ZOccurrence>;
