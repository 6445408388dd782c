import { localePath, splitLocale, type Locale } from "./i18n/locales";

// "Terug naar zoeken" goes back to the search the reader came from: the search page puts its own path and query in
// the link (terug=/zoeken?q=3512&dienst=inloop, or with its language in front: /en/zoeken?…). Only a relative path
// to one of our own search pages is followed — never another site, "//host", a backslash trick or a script URL (no
// open redirect).

const SEARCH_PAGES = ["/zoeken", "/verwijzen"];
const BASE = "http://buurtwijzer.invalid";
const MAX_LENGTH = 2000;

/** The validated back path (`/zoeken?…` or `/verwijzen?…`, without a fragment), or null. */
export function readBackLink(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (
    typeof v !== "string" ||
    v.length > MAX_LENGTH ||
    !v.startsWith("/") ||
    v.startsWith("//") ||
    /[\\\u0000-\u001f\u007f]/.test(v)
  )
    return null;
  let url: URL;
  try {
    url = new URL(v, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || !SEARCH_PAGES.includes(splitLocale(url.pathname).rest)) return null;
  return `${url.pathname}${url.search}`;
}

/** The language a back path's page is in (its prefix, else an old lang= parameter), or undefined. */
export function backLinkLang(path: string): string | undefined {
  const url = new URL(path, BASE);
  return splitLocale(url.pathname).locale ?? url.searchParams.get("lang") ?? undefined;
}

/** The back path in the page's language: its language prefix set (Dutch: none), an old lang= dropped. */
export function backLinkIn(path: string, locale: Locale): string {
  const url = new URL(path, BASE);
  url.searchParams.delete("lang");
  const qs = url.searchParams.toString().replaceAll("%2F", "/").replaceAll("%2C", ",");
  const rest = splitLocale(url.pathname).rest;
  return localePath(locale, qs ? `${rest}?${qs}` : rest);
}

/** `path` with terug=<back> added, for links from a search page to a facility or a sheet. */
export function withBackLink(path: string, back: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}terug=${encodeURIComponent(back)}`;
}
