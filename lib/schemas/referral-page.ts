import { GEMEENTE_CODES } from "../reference/gemeenten";
import { gemeenteCodeIn } from "./common";
import { readQueryParams } from "./facility-search";
import { SERVICE_LIST_KEYS, ZServiceSearchQuery, type TServiceSearchQuery } from "./services";

// /verwijzen's URL (Dutch names, like /zoeken) mapped onto the services API query, so both validate in one place.
// The gemeente field takes a CBS code or a name ("Den Bosch" too, through the gazetteer's aliases): the use case
// (lib/server/referral/run-referral-search.ts) looks the name up first and passes its code in, so this stays pure.

export type PageParams = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined): string | undefined => all(v)[0];
const SORTS: Record<string, string> = {
  werkgebied: "area",
  afstand: "distance",
  naam: "name",
  organisatie: "organization",
};
export const PAGE_SORT: Record<string, string> = Object.fromEntries(Object.entries(SORTS).map(([k, v]) => [v, k]));

/** /verwijzen's distance when the worker chose none. */
export const REFERRAL_DEFAULT_KM = 25;

export type ReferralPageQuery = {
  query: TServiceSearchQuery | null;
  postcode: string;
  gemeente: string;
  /** the query as API parameters (for the CSV link) */
  api: URLSearchParams;
  errors: { parameter: string; detail: string }[];
  unknownGemeente: boolean;
};

const gemeenteText = (params: PageParams): string => (one(params.gemeente) ?? "").slice(0, 80).trim();

/** The gemeente field when it holds a name to look up (not a CBS code, at least 2 characters), else null. */
export function gemeenteNameToFind(params: PageParams): string | null {
  const gemeente = gemeenteText(params);
  return gemeente.length >= 2 && !gemeenteCodeIn(gemeente) ? gemeente : null;
}

/**
 * The page's URL as a services query. `found`: what the lookup of `gemeenteNameToFind(params)` gave (null when there
 * was no name to look up, or it found nothing).
 */
export function readReferralPage(params: PageParams, found: { gemeenteCode: string | null } | null): ReferralPageQuery {
  const postcode = (one(params.q) ?? "").slice(0, 20).trim();
  const gemeente = gemeenteText(params);
  const api = new URLSearchParams();
  if (postcode) api.set("postcode", postcode);
  let unknownGemeente = false;
  if (gemeente) {
    const code = gemeenteCodeIn(gemeente);
    if (code) {
      if (GEMEENTE_CODES.has(code)) api.set("gemeente", code);
      else unknownGemeente = true;
    } else {
      const code = gemeenteNameToFind(params) ? found?.gemeenteCode : null;
      if (code) api.set("gemeente", code);
      else unknownGemeente = true;
    }
  }
  for (const s of all(params.dienst)) if (s) api.append("service", s);
  for (const a of all(params.doelgroep)) if (a) api.append("audience", a);
  for (const l of all(params.taal)) if (l) api.append("language", l);
  if (one(params.gratis) === "ja") api.set("cost", "free");
  for (const x of all(params.toegang)) if (x) api.append("access", x);
  // From a postcode: within 25 km and whatever works in the client's gemeente, unless the worker asks for all
  // (without it, 46 of 50 services were outside the gemeente, 100–133 km away).
  const radius = one(params.straal) || String(REFERRAL_DEFAULT_KM);
  if (radius !== "alle" && postcode) {
    api.set("radius_km", radius);
    api.set("or_in_area", "true");
  }
  const sort = SORTS[one(params.sorteer) ?? ""];
  if (sort) api.set("sort", sort);
  api.set("limit", "50");
  if (!postcode && !gemeente) return { query: null, postcode, gemeente, api, errors: [], unknownGemeente: false };
  if (unknownGemeente && !postcode) return { query: null, postcode, gemeente, api, errors: [], unknownGemeente };
  const parsed = ZServiceSearchQuery.safeParse(readQueryParams(api, SERVICE_LIST_KEYS));
  if (parsed.success) return { query: parsed.data, postcode, gemeente, api, errors: [], unknownGemeente };
  const names: Record<string, string> = {
    postcode: "q",
    gemeente: "gemeente",
    service: "dienst",
    audience: "doelgroep",
    language: "taal",
    cost: "gratis",
    access: "toegang",
    radius_km: "straal",
    sort: "sorteer",
  };
  return {
    query: null,
    postcode,
    gemeente,
    api,
    unknownGemeente,
    errors: parsed.error.issues.map((i) => ({
      parameter: names[String(i.path[0])] ?? String(i.path[0] ?? ""),
      detail: i.message,
    })),
  };
}

/** The chosen services for the sheet (lijst=<id>,…): only well-formed ids, each once, at most `max`. */
export function readList(params: PageParams, max: number): string[] {
  const ids = (one(params.lijst) ?? "")
    .toLowerCase()
    .split(",")
    .map((x) => x.trim())
    .filter((x) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(x));
  return [...new Set(ids)].slice(0, max);
}
