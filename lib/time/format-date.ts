import { INTL } from "../format";
import type { Locale } from "../i18n/locales";
import { AMSTERDAM } from "./amsterdam";

// The one formatter for dates and times people read, always in Amsterdam time. `locale` is a page language ("nl",
// "en", "ar", or a referral sheet's "tr", "pl", "uk"); the site's own three map to the regional forms in INTL (English
// as in Britain, Arabic with Latin digits, as on Dutch signs and letters).

export type DateStyle = "date" | "date-long" | "date-time" | "date-long-time" | "time";

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" }, // 2 dec 2026
  "date-long": { dateStyle: "long" }, // 2 december 2026
  "date-time": { dateStyle: "medium", timeStyle: "short" }, // 2 dec 2026, 14:05
  "date-long-time": { dateStyle: "long", timeStyle: "short" }, // 2 december 2026 om 14:05
  time: { timeStyle: "short" }, // 14:05
};

const intlTag = (locale: string): string => (Object.hasOwn(INTL, locale) ? INTL[locale as Locale] : locale);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter itself, for a page that writes many dates in one style (created once per language and style). */
export function dateFormatter(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag(locale), { ...OPTIONS[style], timeZone: AMSTERDAM });
    formatters.set(key, f);
  }
  return f;
}

export const formatDate = (d: Date | string | number, locale: string, style: DateStyle): string =>
  dateFormatter(locale, style).format(d instanceof Date ? d : new Date(d));
