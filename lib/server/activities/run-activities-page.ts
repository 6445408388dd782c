import "server-only";

import { cache } from "react";

import { getReadPool } from "../../db";
import { AppError } from "../../errors/app-error";
import { getGeocoder } from "../../geocoder";
import { translatorFor } from "../../i18n/catalogs";
import type { Locale } from "../../i18n/locales";
import { localiseProblems, problemText } from "../../i18n/problems";
import { readActivitiesPage } from "../../schemas/activities-page";
import type { PageParams } from "../../schemas/search-page";
import { UnknownPlaceError } from "../search/resolve-origin";
import { getTermLabels } from "../taxonomy/taxonomy-labels";
import { searchActivities, type ActivitySearchResult } from "./search-activities";

// /activiteiten as one use case: read the URL, find what is on, say what went wrong in the page's language. Once per
// request (React cache; the <title> needs the outcome too). "Vandaag" leaves out what is already over.

export const runActivitiesPage = cache(async (key: string, locale: Locale, nowIso: string) => {
  const params = JSON.parse(key) as PageParams;
  const now = new Date(nowIso);
  await getTermLabels(getReadPool()); // the audience codes a link may name
  const page = readActivitiesPage(params, now);
  const problems = localiseProblems(page.errors, locale);
  let result: ActivitySearchResult | null = null;
  if (page.query) {
    try {
      result = await searchActivities(getReadPool(), getGeocoder(), page.query, {
        now,
        lang: locale,
        ...(page.when === "vandaag" ? { endsAfter: now } : {}),
      });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const t = translatorFor(locale, "resident");
      if (e instanceof UnknownPlaceError)
        problems.push({ parameter: "q", detail: t("unknownPlace", { text: e.place }) });
      else if (e.errors.some((x) => x.detail === "unknown postcode") && page.query.postcode)
        problems.push({
          parameter: "q",
          detail: t("unknownPostcode", { pc: page.query.postcode.pc6 ?? page.query.postcode.pc4 }),
        });
      else
        problems.push({
          parameter: "q",
          detail: problemText(
            { parameter: e.errors[0]?.parameter ?? "q", detail: e.errors[0]?.detail ?? e.detail },
            locale,
          ),
        });
    }
  }
  return { ...page, problems, result };
});

export type ActivitiesPage = Awaited<ReturnType<typeof runActivitiesPage>>;
