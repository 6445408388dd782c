import "server-only";

import { cache } from "react";

import { getPrisma, getReadPool } from "../../db";
import { AppError } from "../../errors/app-error";
import { getGeocoder } from "../../geocoder";
import { translatorFor } from "../../i18n/catalogs";
import type { Locale } from "../../i18n/locales";
import { localiseProblems, problemText } from "../../i18n/problems";
import {
  gemeenteNameToFind,
  readReferralPage,
  type PageParams,
  type ReferralPageQuery,
} from "../../schemas/referral-page";
import { countIfUnmet } from "../search/unmet-needs";
import { searchServices, type ServiceSearchResult } from "../services/search-services";
import { getTermLabels } from "../taxonomy/taxonomy-labels";

// /verwijzen's search, once per request: the page's metadata ("Fout: …" in the title) and the page itself both need
// to know whether the input was wrong. React's cache() keys on the arguments' values, so the URL's parameters go in
// as one string. The language is the page's (its path).

export type ReferralSearch = {
  page: ReferralPageQuery;
  result: ServiceSearchResult | null;
  problems: { parameter: string; detail: string }[];
};

export const paramsKey = (params: PageParams): string =>
  JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));

export const searchReferral = cache(async (key: string, locale: Locale): Promise<ReferralSearch> => {
  const params = Object.fromEntries(JSON.parse(key) as [string, string | string[] | undefined][]) as PageParams;
  const t = translatorFor(locale, "referral");
  const geocoder = getGeocoder();
  // A gemeente typed as a name ("Den Bosch") is looked up here; the schema only reads the URL.
  const name = gemeenteNameToFind(params);
  const found = name ? await geocoder.place(name).catch(() => null) : null;
  await getTermLabels(getReadPool()); // the taxonomy as the database has it, for the check of the link's codes
  const page = readReferralPage(params, found);
  // The schemas speak English (for the API); the page says the same in its own words.
  const problems = localiseProblems(page.errors, locale);
  if (page.unknownGemeente)
    problems.push({ parameter: "gemeente", detail: t("unknownGemeente", { text: page.gemeente }) });
  let result: ServiceSearchResult | null = null;
  if (page.query) {
    try {
      result = await searchServices(getReadPool(), geocoder, page.query);
      if (page.query.postcode) {
        await countIfUnmet(
          getPrisma(),
          result.client.gemeente?.code ?? null,
          page.query.service ?? [],
          result.data.map((s) => s.location.distance_m),
        );
      }
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const first = e.errors[0];
      const detail =
        first?.detail === "unknown postcode"
          ? t("unknownPostcode", { text: page.postcode })
          : first?.detail === "unknown gemeente"
            ? t("unknownGemeente", { text: page.gemeente })
            : problemText({ parameter: first?.parameter ?? "", detail: first?.detail ?? e.detail }, locale);
      problems.push({ parameter: first?.parameter ?? "", detail });
    }
  }
  return { page, result, problems };
});
