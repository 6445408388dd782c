import { formatDistance } from "@/lib/format";
import { dirOf, type Locale, type Messages } from "@/lib/i18n/messages";
import type { PageParams } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";

/** A Dutch place name or "3,8 km" inside Arabic text keeps its own order ("km 3.8", "Groningen 9741" otherwise):
 *  isolated with LRI … PDI in the heading's plain text. */
export const isolate = (locale: Locale) => (v: string) => (dirOf(locale) === "rtl" ? `\u2066${v}\u2069` : v);

/** What the results heading says ("Plekken 1–20 dichtbij …", "Niets open binnen 25 km …"), and the note above it
 *  when less was searched around than was typed (a place from an address, or a PC6 read as PC4). */
export function resultsHeading(
  { query, understood, from, result }: Pick<ResidentSearch, "query" | "understood" | "from" | "result">,
  params: PageParams,
  t: Messages,
  locale: Locale,
): { note: string | null; heading: string } {
  const origin = result?.origin;
  const note =
    !origin || !understood
      ? null
      : understood.kind === "place" && (understood.inAddress || origin.partial)
        ? t.searchedAround(origin.label)
        : understood.kind === "postcode" && understood.pc6 && origin.precision === "pc4"
          ? t.pc4Precision(understood.postcode.slice(0, 4))
          : null;
  const shown = result?.data.length ?? 0;
  const ltr = isolate(locale);
  const around = origin ? (origin.source === "near" ? t.yourLocation : ltr(origin.label)) : "";
  const km = query?.radius_km;
  const last = result?.data.at(-1)?.distance_m;
  const heading = !result
    ? ""
    : shown === 0
      ? query?.open === "now" // "Vandaag nog open" with nothing: nothing was found, which the plain words say
        ? km && origin
          ? t.nothingOpenWithin(km, around)
          : t.nothingOpen
        : km && origin
          ? t.nothingWithin(km, around)
          : t.noResults
      : origin && last !== undefined
        ? origin.source === "near" && params.midden === "kaart"
          ? t.resultsAroundMapCentre(from, from + shown - 1, ltr(formatDistance(last, locale)))
          : t.resultsNear(from, from + shown - 1, around, ltr(formatDistance(last, locale)))
        : t.resultsAll(from, from + shown - 1);
  return { note, heading };
}
