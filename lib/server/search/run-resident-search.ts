import "server-only";

import { getTranslations } from "next-intl/server";
import { cache } from "react";

import { getPrisma, getReadPool } from "../../db";
import { AppError } from "../../errors/app-error";
import { getGeocoder } from "../../geocoder";
import type { Locale } from "../../i18n/locales";
import { localiseProblems, problemText } from "../../i18n/problems";
import { readSearchPage, type PageParams } from "../../schemas/search-page";
import { getTermLabels } from "../taxonomy/taxonomy-labels";
import { findFacilitiesNamed, type NamedFacility } from "./find-facilities-named";
import { UnknownPlaceError } from "./resolve-origin";
import { searchFacilities } from "./search-facilities";
import { countIfUnmet } from "./unmet-needs";

// The resident search (/zoeken) as one use case: read the page's URL, search, say what went wrong in the page's
// language, and count an unmet need where the rule says so (see /privacy). Once per request (React cache): the
// <title> ("Fout: …") and the page both need its outcome; the key is the URL's parameters as one JSON string, and the
// page's language (its path's, not a parameter).

/** Rows one page request may examine with an open filter (the API stops at 1,000 and hands back a cursor). */
const OPEN_PAGE_SCAN_LIMIT = 5000;

export const runResidentSearch = cache(async (key: string, locale: Locale) => {
  const params = JSON.parse(key) as PageParams;
  // The taxonomy as the database has it, for the check of the codes the link names.
  const [t] = await Promise.all([getTranslations({ locale, namespace: "resident" }), getTermLabels(getReadPool())]);
  const { query, text, understood, errors, radius, from } = readSearchPage(params);
  let result: Awaited<ReturnType<typeof searchFacilities>> | null = null;
  // The schemas speak English (for the API); the page says the same in its own words.
  const problems = localiseProblems(errors, locale);
  let suggestions: string[] = [];
  let named: NamedFacility[] = [];
  if (query) {
    try {
      // With an open filter the page may look further than the API in one go (the radius bounds it), so it never
      // shows an empty page with a "Meer plekken" link.
      result = await searchFacilities(getReadPool(), getGeocoder(), query, undefined, {
        scanLimit: OPEN_PAGE_SCAN_LIMIT,
      });
      // Only the first page of a plain search from a postcode or place says anything about what is missing nearby.
      if (!query.cursor && !query.open && radius === "alle" && result.origin && result.origin.source !== "near") {
        await countIfUnmet(
          getPrisma(),
          result.origin.gemeente_code,
          query.service ?? [],
          result.data.map((f) => f.distance_m ?? 0),
        );
      }
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      if (e instanceof UnknownPlaceError) {
        // Not a place: perhaps a misspelt one ("Utrect"), or the name of a facility ("Karrewiel").
        named = await findFacilitiesNamed(getReadPool(), text);
        if (named.length === 0) {
          suggestions = e.suggestions.slice(0, 1); // a facility's name is no misspelt place
          problems.push({ parameter: "q", detail: t("unknownPlace", { text: e.place }) });
        }
      } else if (e.errors.some((x) => x.detail === "unknown postcode") && query.postcode) {
        problems.push({
          parameter: "q",
          detail: t("unknownPostcode", { pc: query.postcode.pc6 ?? query.postcode.pc4 }),
        });
      } else
        problems.push({
          parameter: "q",
          detail: problemText(
            { parameter: e.errors[0]?.parameter ?? "q", detail: e.errors[0]?.detail ?? e.detail },
            locale,
          ),
        });
    }
  }
  return { query, text, understood, radius, from, result, problems, suggestions, named };
});

/** What the resident search came to, for the page to render. */
export type ResidentSearch = Awaited<ReturnType<typeof runResidentSearch>>;
