import { z } from "zod";

import { readSearchText, type SearchText } from "../geo/search-text";
import { readFacilitySearchParams, ZFacilitySearchQuery, type TFacilitySearchQuery } from "./facility-search";
import { PAGE_PARAM_OF } from "./page-param-names";
import { storableText } from "./text";

// The resident search page's URL (Dutch parameter names, so links read naturally) mapped onto the API's query
// contract, so the page and the API validate in exactly one place.

export type PageParams = Record<string, string | string[] | undefined>;

const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined): string | undefined => all(v)[0];

/** `understood`: how the typed text was read (a postcode in an address, the place after a street), for the page to say.
 *  `radius`: the distance choice to show ("alle" or km); `from`: the number of this page's first place (`vanaf`). */
export type SearchPageQuery = {
  query: TFacilitySearchQuery | null;
  text: string;
  understood: SearchText | null;
  errors: { parameter: string; detail: string }[];
  radius: string;
  from: number;
};

/** The distance choices on /zoeken, in km; "alle" is no limit. */
export const PAGE_RADII = [1, 2, 5, 10, 25, 50, 100] as const;
/** "Nu open" / "vandaag nog open" without a chosen distance looks this far (beyond it, a cursor chain into empty pages
 *  once scanned out to 163 km), and the page says so. */
export const OPEN_DEFAULT_KM = 25;

/** Page parameters → API query; null query when nothing is asked yet. Errors name the page's own fields. */
/** The API's parameter names work on the page too (`/zoeken?postcode=3512&service=schuldhulp`), for links built
 *  from API knowledge; the page's own names win when both are given. */
const ALIASES: Record<string, string> = {
  postcode: "q",
  place: "q",
  service: "dienst",
  type: "soort",
  audience: "doelgroep",
  language: "taal",
  near: "bij",
};

export function normalisePageParams(params: PageParams): PageParams {
  const out: PageParams = { ...params };
  for (const [api, page] of Object.entries(ALIASES)) {
    if (out[api] === undefined) continue;
    if (out[page] === undefined) out[page] = out[api];
    delete out[api];
  }
  return out;
}

export function readSearchPage(params: PageParams): SearchPageQuery {
  // What the box holds is searched in PostgreSQL: no NUL, no lone surrogate (also one left by cutting at 200).
  const text = storableText((one(params.q) ?? "").slice(0, 200)).trim();
  const near = one(params.bij);
  const api = new URLSearchParams();
  // A typed place wins over a position from "use my location"; "Zoek in dit gebied" (midden=kaart) searches around
  // the map's centre and keeps the typed place only for the search box.
  const understood = one(params.midden) === "kaart" && near ? null : readSearchText(text);
  if (understood) api.set(understood.kind, understood.kind === "postcode" ? understood.postcode : understood.place);
  else if (near) api.set("near", near);
  for (const s of all(params.dienst)) api.append("service", s);
  for (const t of all(params.soort)) if (t) api.append("type", t);
  for (const a of all(params.doelgroep)) if (a) api.append("audience", a);
  for (const l of all(params.taal)) if (l) api.append("language", l);
  const open = one(params.open);
  if (open === "nu") api.set("open", "now");
  else if (open === "vandaag") api.set("open", "today");
  const straal = one(params.straal);
  const radius = straal ?? (api.has("open") ? String(OPEN_DEFAULT_KM) : "alle");
  // A distance needs somewhere to measure from; without a place it is simply not used.
  if (radius !== "alle" && (understood || near)) api.set("radius_km", radius);
  if (one(params.gratis) === "ja") api.set("free", "true");
  if (one(params.rolstoel) === "ja") api.set("wheelchair", "true");
  const cursor = one(params.na);
  if (cursor) api.set("cursor", cursor);
  // Which place this page starts at, for "Plekken 21–40"; only meaningful with a cursor, and never trusted beyond a count.
  const vanaf = Number(one(params.vanaf));
  const from = cursor && Number.isInteger(vanaf) && vanaf >= 1 && vanaf <= 1_000_000 ? vanaf : 1;
  if (!understood && !near && !api.has("service")) return { query: null, text, understood, errors: [], radius, from };
  const parsed = ZFacilitySearchQuery.safeParse(readFacilitySearchParams(api));
  if (parsed.success) return { query: parsed.data, text, understood, errors: [], radius, from };
  return {
    query: null,
    text,
    understood,
    radius,
    from,
    errors: parsed.error.issues.map((i) => ({
      parameter: PAGE_PARAM_OF[String(i.path[0])] ?? String(i.path[0] ?? ""),
      detail: i.message,
    })),
  };
}

export type MapView = { zoom: number; lat: number; lng: number };

/** `kaart=<zoom>/<lat>/<lng>` (as on openstreetmap.org): the map's view, kept in the URL so a shared link shows it.
 *  A malformed value is ignored — the map then fits the results. */
export function readMapView(params: PageParams): MapView | null {
  const m = /^(\d{1,2})\/(-?\d{1,2}(?:\.\d{1,7})?)\/(-?\d{1,3}(?:\.\d{1,7})?)$/.exec(one(params.kaart) ?? "");
  if (!m) return null;
  const view = { zoom: Number(m[1]), lat: Number(m[2]), lng: Number(m[3]) };
  return view.zoom >= 5 && view.zoom <= 19 && Math.abs(view.lat) <= 85 && Math.abs(view.lng) <= 180 ? view : null;
}

export const zPageLang = z.enum(["nl", "en"]).catch("nl");
