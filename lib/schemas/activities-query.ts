import { z } from "zod";

import { ACTIVITY_KINDS } from "../reference/activity-kinds";
import { activeCodes, isRetired } from "../reference/term-registry";
import { isRealDate } from "./activity";
import { zCursor } from "./cursor";
import { FILTER_FIELDS, ORIGIN_FIELDS, originsOf, readQueryParams } from "./facility-search";
import { ZOccurrence } from "./occurrence";
import { zBoolean, zCodeList, zLimit, zSingle } from "./query-params";

// GET /api/v1/activities: what is on near a place, day by day. An origin is needed (all of the Netherlands in one day
// helps nobody); the window is at most 31 days.

export const MAX_WINDOW_DAYS = 31;
export const DEFAULT_RADIUS_KM = 5;

const zDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-12-08")
  .refine(isRealDate, "is not a date in the calendar (2000–2100)");

const zRadius = z
  .string()
  .regex(/^\d{1,2}$/, "must be a whole number of kilometres from 1 to 25")
  .transform(Number)
  .pipe(z.number().int().min(1, "must be from 1 to 25").max(25, "must be from 1 to 25"));

export const ZActivitiesQuery = z
  .object({
    ...ORIGIN_FIELDS,
    radius_km: zSingle(zRadius)
      .default(DEFAULT_RADIUS_KM)
      .meta({ description: `within this many km of the origin; by default ${DEFAULT_RADIUS_KM} km`, group: "filters" }),
    from: zSingle(zDay)
      .optional()
      .meta({ description: "first day, yyyy-mm-dd (default: today, Dutch time)", group: "filters" }),
    to: zSingle(zDay)
      .optional()
      .meta({
        description: `last day, yyyy-mm-dd (default: the first; at most ${MAX_WINDOW_DAYS} days)`,
        group: "filters",
      }),
    kind: zCodeList(ACTIVITY_KINDS, "activity kind")
      .optional()
      .meta({ description: "kinds of activity (" + ACTIVITY_KINDS.join(", ") + "); any of them", group: "filters" }),
    audience: zCodeList(
      () => activeCodes("audience"),
      "audience",
      (c) => isRetired(c, "audience"),
    )
      .optional()
      .meta({ description: "audience codes; activities for any of them or for everyone", group: "filters" }),
    language: FILTER_FIELDS.language,
    free: zSingle(zBoolean).optional().meta({ description: "true: only free activities", group: "filters" }),
    wheelchair: zSingle(zBoolean)
      .optional()
      .meta({ description: "true: only where a wheelchair user gets in", group: "filters" }),
    limit: zSingle(zLimit).default(20).meta({ description: "dates per page", group: "paging" }),
    cursor: zSingle(zCursor).optional().meta({ description: "next_cursor of the previous page", group: "paging" }),
    format: zSingle(z.enum(["json", "ics"], { error: "must be json or ics" }))
      .optional()
      .meta({ description: "ics: an iCalendar feed of the activities found (subscribe with webcal:)" }),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (originsOf(q, ctx).length === 0)
      ctx.addIssue({ code: "custom", path: ["near"], message: "give near, postcode or place to search from" });
    if (q.to && !q.from) ctx.addIssue({ code: "custom", path: ["to"], message: "needs from" });
    if (q.from && q.to) {
      const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1; // calendar dates at UTC midnight
      if (days < 1) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
      if (days > MAX_WINDOW_DAYS)
        ctx.addIssue({ code: "custom", path: ["to"], message: `at most ${MAX_WINDOW_DAYS} days after from` });
    }
    if (q.cursor && !("t" in q.cursor))
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "is not a cursor of this list" });
  });
export type TActivitiesQuery = z.infer<typeof ZActivitiesQuery>;

export const readActivitiesParams = (params: URLSearchParams) =>
  readQueryParams(params, ["kind", "audience", "language"]);

export const ZActivitiesAnswer = z.object({
  data: z.array(ZOccurrence),
  next_cursor: z.string().nullable(),
  origin: z.object({ lat: z.number(), lng: z.number(), label: z.string() }),
  from: z.string(),
  to: z.string(),
});
