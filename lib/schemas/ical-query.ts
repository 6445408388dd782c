import { z } from "zod";

import { LOCALES } from "../i18n/locales";
import { zSlug } from "./organization";

// GET /api/v1/facilities/{slug}/activities.ics and /api/v1/organizations/{slug}/activities.ics: the slug, and the
// language of the feed's own words (cost, registration, moved dates); what organisations wrote stays Dutch.
export const ZIcalFeedQuery = z
  .object({
    slug: zSlug,
    lang: z
      .enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` })
      .default("nl")
      .meta({ description: "language of the feed's own words (default nl)" }),
  })
  .strict();
export type TIcalFeedQuery = z.infer<typeof ZIcalFeedQuery>;
