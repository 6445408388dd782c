import { DEFAULT_LOCALE, localePath, type Locale } from "../i18n/locales";
import { queryHref, type QueryParams } from "./query-href";

// The links of /verwijzen, from the page's own parameters, in the page's language (/en/verwijzen?…; Dutch keeps the
// root). The language is the path's, never a parameter.

/** The parameters /verwijzen reads (see lib/schemas/referral-page.ts). */
export type ReferralParam =
  "q" | "gemeente" | "dienst" | "doelgroep" | "taal" | "toegang" | "gratis" | "straal" | "sorteer" | "lijst";

const PATH = "/verwijzen";

export function referralUrl(params: QueryParams, locale: Locale = DEFAULT_LOCALE) {
  const changed = (set: Partial<Record<ReferralParam, string | null>>, hash?: string) =>
    localePath(locale, queryHref(PATH, params, { set, omit: (k) => k === "lang", hash }));
  return {
    /** This very page, in its language (the sheet's and a facility's "Terug naar zoeken"). */
    here: () => localePath(locale, queryHref(PATH, params, { omit: (k) => k === "lang" })),
    /** Sorted by the page's sort value (null: the default order). */
    sortedBy: (sort: string | null) => changed({ sorteer: sort }),
    /** With the referral list `ids` (none: no list), back at the row `hash` when given. */
    withList: (ids: string[], hash?: string) => changed({ lijst: ids.length ? ids.join(",") : null }, hash),
    /** Without a distance limit. */
    anyDistance: () => changed({ straal: "alle" }),
  };
}

export type ReferralUrl = ReturnType<typeof referralUrl>;
