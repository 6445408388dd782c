import { TERM_LABELS, type ExtraLocale } from "./taxonomy-i18n";

// Taxonomy labels: Dutch and English come from the data; Arabic, Turkish, Polish and Ukrainian are added here until
// the taxonomy holds them (English when a code has none).
export function termName(term: { code: string; name: string; name_en: string }, locale: string): string {
  if (locale === "nl") return term.name;
  if (locale === "en") return term.name_en;
  return TERM_LABELS[locale as ExtraLocale]?.[term.code] ?? term.name_en;
}
