import type { Metadata } from "next";

import { publicUrl } from "@/lib/public-url";

import { localePath, LOCALES, MEMBER_LOCALES, type Locale } from "./locales";

/** The request header proxy.ts sets with the page's path without its language prefix, query included. */
export const PATH_HEADER = "x-buurtwijzer-path";

/**
 * A page's canonical URL and its `hreflang` alternates: the same path in every language the page is offered in
 * (the member area: Dutch and English), and x-default for Dutch. Absolute, from PUBLIC_URL.
 */
export function alternatesFor(path: string, locale: Locale): NonNullable<Metadata["alternates"]> {
  const member = path === "/beheer" || path.startsWith("/beheer/") || path.startsWith("/beheer?");
  const offered: readonly Locale[] = member ? MEMBER_LOCALES : LOCALES;
  const languages: Record<string, string> = {};
  for (const l of offered) languages[l] = publicUrl(localePath(l, path));
  languages["x-default"] = publicUrl(path);
  return { canonical: publicUrl(localePath(locale, path)), languages };
}
