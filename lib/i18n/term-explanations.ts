import type { Locale } from "./locales";
import { TERM_SENTENCES } from "./taxonomy-i18n";
import { termName } from "./term-name";

// Service names a resident with little Dutch will not know ("Inloop", "Welzijn op recept"): wherever they appear for
// residents, one visible line says what they mean (B1), from the same sentences the referral sheet uses. A title or
// <abbr> is not enough: touch screens and many screen readers never show it.
const EXPLAINED = new Set(["inloop", "welzijn-op-recept"]);

type Term = { code: string; name: string; name_en: string };

/** [name, explanation] for each of `terms` that needs one, in the page's language. */
export function termExplanations(
  terms: readonly Term[],
  locale: Locale,
): { code: string; name: string; text: string }[] {
  return terms.flatMap((term) => {
    const text = EXPLAINED.has(term.code) ? TERM_SENTENCES[locale][term.code] : undefined;
    return text ? [{ code: term.code, name: termName(term, locale), text }] : [];
  });
}
