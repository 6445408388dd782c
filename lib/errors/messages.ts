import "server-only";

import { errorWords } from "../i18n/catalogs";
import { LOCALES, type Locale } from "../i18n/locales";
import type { AppErrorCode, ErrorMessages } from "./codes";

// An AppError's words per language, from the catalogs (`errors` in messages/<locale>.json). An error keeps them all
// (it is made before anyone knows which page shows it); `text(locale)` picks one, English where a language has none.

const cache = new Map<AppErrorCode, ErrorMessages>();

/** A code's own words in every language that has them (Dutch and English always). */
export function codeMessages(code: AppErrorCode): ErrorMessages {
  const known = cache.get(code);
  if (known) return known;
  const out: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const t = errorWords(locale);
    if (t.has(`codes.${code}`)) out[locale] = t(`codes.${code}`);
  }
  const messages = { ...out, nl: out.nl ?? code, en: out.en ?? code };
  cache.set(code, messages);
  return messages;
}

/** "<what> does not exist (any more)", with `what` as each language names the thing. */
export const missingMessages = (what: { nl: string; en: string }): ErrorMessages => ({
  nl: errorWords("nl")("missing", { what: what.nl }),
  en: errorWords("en")("missing", { what: what.en }),
});
