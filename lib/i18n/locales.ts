// The languages of Buurtwijzer. Dutch is the default and lives at the root (/zoeken); every other language under its
// own prefix (/en/zoeken, /ar/zoeken). A new language is one JSON file in messages/ plus one line here (README,
// "Adding a language").

export const LOCALES = ["nl", "en", "ar", "tr", "pl", "uk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";

/** The member area (/beheer) speaks these; its other prefixes answer 404. */
export const MEMBER_LOCALES = ["nl", "en"] as const satisfies readonly Locale[];
export type MemberLocale = (typeof MEMBER_LOCALES)[number];

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  nl: "Nederlands",
  en: "English",
  ar: "العربية",
  tr: "Türkçe",
  pl: "Polski",
  uk: "Українська",
};

const RTL: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur"]);
export const dirOf = (locale: string): "rtl" | "ltr" => (RTL.has(locale) ? "rtl" : "ltr");

export const isLocale = (v: unknown): v is Locale =>
  typeof v === "string" && (LOCALES as readonly string[]).includes(v);
export const isMemberLocale = (v: unknown): v is MemberLocale =>
  typeof v === "string" && (MEMBER_LOCALES as readonly string[]).includes(v);

/** Any value to a language: unknown or missing is Dutch. */
export const localeFrom = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/** The request header proxy.ts sets with the page's language (any value a client sends is replaced). */
export const LOCALE_HEADER = "x-buurtwijzer-locale";
/** The cookie that remembers the reader's choice: just the language code, for a year. */
export const LOCALE_COOKIE = "taal";

/**
 * A path in a language: `/zoeken` → `/en/zoeken`; Dutch keeps the root. `path` is a path without a language prefix,
 * with or without a query.
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** `/en/zoeken` → { locale: "en", rest: "/zoeken" }; an unprefixed path has no locale. `/nl/…` counts as prefixed. */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const m = /^\/([a-z]{2,3}(?:-[A-Za-z]{2,4})?)(\/.*)?$/.exec(pathname);
  if (m && isLocale(m[1])) return { locale: m[1], rest: m[2] ?? "/" };
  return { locale: null, rest: pathname };
}
