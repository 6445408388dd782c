import type { Locale } from "./i18n/locales";

/** Intl locale per page language (Arabic with Latin digits, as on Dutch signs and letters). */
export const INTL: Record<Locale, string> = {
  nl: "nl-NL",
  en: "en-GB",
  ar: "ar-u-nu-latn",
  tr: "tr-TR",
  pl: "pl-PL",
  uk: "uk-UA",
};

// Distances for people: metres below 1 km, then kilometres with one decimal, in the reader's number format.
export function formatDistance(metres: number, locale: Locale): string {
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  return `${new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 1 }).format(metres / 1000)} km`;
}

/** Walking minutes at 4.8 km/h (80 m a minute), at least 1. */
export const walkingMinutes = (metres: number): number => Math.max(1, Math.ceil(metres / 80));

/** Beyond this, nobody walks (a 17 km "1034 min lopen" helps no one): cycling time instead. */
export const WALK_MAX_M = 5000;
/** Beyond this, not cycling either: the distance alone (by bus, train or car is the reader's call). */
export const BIKE_MAX_M = 20000;

/** How to get there in words' terms: walking up to 5 km, cycling (15 km/h, 250 m a minute) up to 20 km, else nothing. */
export function travelTime(metres: number): { mode: "walk" | "bike"; minutes: number } | null {
  if (metres <= WALK_MAX_M) return { mode: "walk", minutes: walkingMinutes(metres) };
  if (metres <= BIKE_MAX_M) return { mode: "bike", minutes: Math.max(1, Math.ceil(metres / 250)) };
  return null;
}
