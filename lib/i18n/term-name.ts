import { termsNow } from "../reference/term-registry";

// A taxonomy term's name in the page's language: Dutch and English from the term itself, the other languages from the
// names moderators keep in the database (taxonomy_term.labels, as last read: lib/reference/term-registry.ts); English
// when a term has no name in that language yet.
export function termName(term: { code: string; name: string; name_en: string }, locale: string): string {
  if (locale === "nl") return term.name;
  if (locale === "en") return term.name_en;
  return termsNow().get(term.code)?.names[locale] || term.name_en;
}
