import type { ReactNode } from "react";

import { formatDistance } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ResidentT } from "@/lib/i18n/resident-translator";
import type { PageParams } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";

import { bidiTags } from "./bidi";

/** What the results heading says ("Plekken 1–20 dichtbij …", "Niets open binnen 25 km …"), and the note above it
 *  when less was searched around than was typed (a place from an address, or a PC6 read as PC4). Place names and
 *  distances are marked <bdi> in the texts: inside Arabic they keep their own order. */
export function resultsHeading(
  { query, understood, from, result }: Pick<ResidentSearch, "query" | "understood" | "from" | "result">,
  params: PageParams,
  t: ResidentT,
  locale: Locale,
): { note: ReactNode; heading: ReactNode } {
  const tags = bidiTags(locale);
  const origin = result?.origin;
  const note =
    !origin || !understood
      ? null
      : understood.kind === "place" && (understood.inAddress || origin.partial)
        ? t.rich("searchedAround", { place: origin.label, ...tags })
        : understood.kind === "postcode" && understood.pc6 && origin.precision === "pc4"
          ? t.rich("pc4Precision", { pc4: understood.postcode.slice(0, 4), ...tags })
          : null;
  const shown = result?.data.length ?? 0;
  const place = origin ? (origin.source === "near" ? t("yourLocation") : origin.label) : "";
  const km = query?.radius_km;
  const last = result?.data.at(-1)?.distance_m;
  // "1 plek …" for a single place; a page of places is "Plekken 21–40 …" (not a count: a select, not a plural).
  const range = { from, to: from + shown - 1, one: from === 1 && shown === 1 ? "yes" : "no" };
  const heading = !result
    ? ""
    : shown === 0
      ? query?.open === "now" // "Vandaag nog open" with nothing: nothing was found, which the plain words say
        ? km && origin
          ? t.rich("nothingOpenWithin", { km, place, ...tags })
          : t("nothingOpen")
        : km && origin
          ? t.rich("nothingWithin", { km, place, ...tags })
          : t("noResults")
      : origin && last !== undefined
        ? origin.source === "near" && params.midden === "kaart"
          ? t.rich("resultsAroundMapCentre", { ...range, reach: formatDistance(last, locale), ...tags })
          : t.rich("resultsNear", { ...range, place, reach: formatDistance(last, locale), ...tags })
        : t("resultsAll", range);
  return { note, heading };
}
