import { z } from "zod";

import { REFERRAL_LOCALES } from "../i18n/referral";

// /verwijsbrief?services=<service-at-location id>,…&lang=<code>: what a referral sheet's link may hold — service
// ids and a language, nothing else.

/** What fits on one A4 page in every language (seven Arabic services printed on two pages). */
export const MAX_SHEET_SERVICES = 6;

export const ZSheetQuery = z.object({
  // Room for many ids more than fit, so a seventh service is answered "at most 6", not "too long".
  services: z
    .string()
    .max(40 * 50, "is too long")
    .transform((v) =>
      v
        .toLowerCase()
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.uuid({ error: "must be service ids from /verwijzen" }))
        .min(1, "must name at least one service")
        .max(MAX_SHEET_SERVICES, `may name at most ${MAX_SHEET_SERVICES} services`),
    ),
  lang: z.enum(REFERRAL_LOCALES).default("nl"),
});
export type TSheetQuery = z.infer<typeof ZSheetQuery>;
