import { queryHref, type QueryParams } from "./query-href";

// The links of /verwijzen, from the page's own parameters.

/** The parameters /verwijzen reads (see lib/schemas/referral-page.ts). */
export type ReferralParam =
  "q" | "gemeente" | "dienst" | "doelgroep" | "taal" | "toegang" | "gratis" | "straal" | "sorteer" | "lijst" | "lang";

const PATH = "/verwijzen";

export function referralUrl(params: QueryParams) {
  const changed = (set: Partial<Record<ReferralParam, string | null>>, hash?: string) =>
    queryHref(PATH, params, { set, hash });
  return {
    /** This very page (the sheet's and a facility's "Terug naar zoeken"). */
    here: () => queryHref(PATH, params),
    /** Sorted by the page's sort value (null: the default order). */
    sortedBy: (sort: string | null) => changed({ sorteer: sort }),
    /** With the referral list `ids` (none: no list), back at the row `hash` when given. */
    withList: (ids: string[], hash?: string) => changed({ lijst: ids.length ? ids.join(",") : null }, hash),
    /** Without a distance limit. */
    anyDistance: () => changed({ straal: "alle" }),
  };
}

export type ReferralUrl = ReturnType<typeof referralUrl>;
