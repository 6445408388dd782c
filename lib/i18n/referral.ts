import type { useTranslations } from "next-intl";

import { dirOf, LOCALE_NAMES, localeFrom, LOCALES, type Locale } from "./locales";

// The social workers' pages (/verwijzen) and the referral sheet (/verwijsbrief) speak every language of the site (the
// client's language is the page's: /tr/verwijsbrief?…). Their texts are the `referral` and `shortLink` namespaces of
// messages/<locale>.json.

export type ReferralLocale = Locale;
export const REFERRAL_LOCALES = LOCALES;
export const REFERRAL_LOCALE_NAMES = LOCALE_NAMES;
export const referralLocale = localeFrom;
export const referralDir = dirOf;

/** The referral texts' translator (getTranslations("referral") or useTranslations("referral")). */
export type ReferralT = ReturnType<typeof useTranslations<"referral">>;

/** A week of opening hours in words: consecutive days with the same hours are joined ("maandag – vrijdag
 *  9:00–17:00", two days "maandag en dinsdag"); closed days are left out. Day names, ranges and "and" from CLDR (Intl)
 *  in the page's language. */
export function hoursInWords(week: { weekday: number; intervals: [string, string][] }[], locale: Locale): string[] {
  // 2024-01-01 was a Monday: weekday i (0 = Monday) is 2024-01-(1+i).
  const date = (i: number) => new Date(Date.UTC(2024, 0, 1 + i));
  const days = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  const and = new Intl.ListFormat(locale, { type: "conjunction" });
  const time = (v: string) => v.replace(/^0(\d)/, "$1");
  // In right-to-left text a range of times is isolated left-to-right (U+2066 … U+2069), or "9:00–17:00" could show
  // as "17:00–9:00".
  const ltr = (v: string) => (dirOf(locale) === "rtl" ? `\u2066${v}\u2069` : v);
  const text = (iv: [string, string][]) => and.format(iv.map(([a, b]) => ltr(`${time(a)}–${time(b)}`)));
  const lines: string[] = [];
  let i = 0;
  while (i < week.length) {
    const d = week[i]!;
    let j = i;
    while (j + 1 < week.length && text(week[j + 1]!.intervals) === text(d.intervals)) j++;
    if (d.intervals.length > 0) {
      const from = date(d.weekday);
      const to = date(week[j]!.weekday);
      const named =
        j === i
          ? days.format(from)
          : j === i + 1
            ? and.format([days.format(from), days.format(to)])
            : days.formatRange(from, to);
      lines.push(`${named} ${text(d.intervals)}`);
    }
    i = j + 1;
  }
  return lines;
}
