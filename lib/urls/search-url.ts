import { DEFAULT_LOCALE, localePath, type Locale } from "../i18n/locales";
import type { TFacilitySearchQuery } from "../schemas/facility-search";
import { queryHref, type QueryParams } from "./query-href";

// The links of /zoeken, from the page's own parameters, in the page's language (/en/zoeken?…; Dutch keeps the root).
// A changed search starts at its first page (no na/vanaf).

/** The parameters /zoeken reads (see lib/schemas/search-page.ts). */
export type SearchParam =
  | "q"
  | "dienst"
  | "soort"
  | "doelgroep"
  | "taal"
  | "open"
  | "straal"
  | "gratis"
  | "rolstoel"
  | "bij"
  | "midden"
  | "kaart"
  | "na"
  | "vanaf";

const PATH = "/zoeken";
const PAGING = ["na", "vanaf"];

export function searchUrl(params: QueryParams, locale: Locale = DEFAULT_LOCALE) {
  const changed = (omit: (key: string, value: string) => boolean, set: Partial<Record<SearchParam, string>> = {}) =>
    localePath(locale, queryHref(PATH, params, { omit: (k, v) => PAGING.includes(k) || omit(k, v), set }));
  return {
    /** This very page (a later page too). */
    here: () => localePath(locale, queryHref(PATH, params)),
    /** This very page without its language, for a facility page's "Terug naar zoeken" (lib/back-link.ts reads only
     *  unprefixed search paths; the facility page puts it in its own language). */
    back: () => queryHref(PATH, params),
    /** Without one value of `key`, or without all of its values. */
    without: (key: SearchParam, value?: string) => changed((k, v) => k === key && (value === undefined || v === value)),
    /** With `key` set to `value` (a suggested place, another distance). */
    with: (key: SearchParam, value: string) => changed(() => false, { [key]: value }),
    /** The next page: from `cursor`, numbered from `from`. */
    next: (cursor: string, from: number) => changed(() => false, { na: cursor, vanaf: String(from) }),
    /** "Zoek in dit gebied": the filters and typed place, in the page's language, around the map's centre (the map adds bij=). */
    searchHere: () => changed((k) => ["bij", "kaart", "midden"].includes(k), { midden: "kaart" }),
  };
}

/** The search's filters as API parameters, for the map's clusters (GET /api/v1/clusters). */
export function clusterFilters(q: TFacilitySearchQuery): string {
  const sp = new URLSearchParams();
  for (const [key, values] of [
    ["service", q.service],
    ["type", q.type],
    ["audience", q.audience],
    ["language", q.language],
  ] as const) {
    if (values?.length) sp.set(key, values.join(","));
  }
  if (q.free !== undefined) sp.set("free", String(q.free));
  if (q.wheelchair !== undefined) sp.set("wheelchair", String(q.wheelchair));
  return sp.toString();
}
