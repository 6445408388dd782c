import Link from "next/link";

import type { Locale, Messages } from "@/lib/i18n/messages";
import { termName } from "@/lib/i18n/term-name";
import { languageName } from "@/lib/reference/languages";
import type { PageParams } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import type { Taxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { searchUrl, type SearchParam } from "@/lib/urls/search-url";

/** An active filter: its page parameter, its value (none: every value of the parameter), and its label. */
export type Chip = [SearchParam, string | undefined, string];

/** Every active filter of the search, as a removable chip. */
export function searchChips(
  query: ResidentSearch["query"],
  params: PageParams,
  taxonomy: Taxonomy,
  t: Messages,
  locale: Locale,
): Chip[] {
  if (!query) return [];
  const name = (terms: Taxonomy["services"], code: string) => {
    const term = terms.find((x) => x.code === code);
    return term ? termName(term, locale) : code;
  };
  const chips: Chip[] = [
    ...[...new Set(query.service ?? [])].map((c): Chip => ["dienst", c, name(taxonomy.services, c)]),
    ...(query.type ?? []).map((ty): Chip => ["soort", ty, t.types[ty as keyof Messages["types"]] ?? ty]),
    ...(query.audience ?? []).map((a): Chip => ["doelgroep", a, name(taxonomy.audiences, a)]),
    ...(query.language ?? []).map((l): Chip => ["taal", l, t.inLanguage(languageName(l, locale))]),
  ];
  if (query.open) chips.push(["open", undefined, query.open === "today" ? t.openToday : t.openNow]);
  if (query.radius_km && params.straal !== undefined)
    chips.push(["straal", undefined, t.radiusOption(query.radius_km)]);
  if (query.free) chips.push(["gratis", undefined, t.free]);
  if (query.wheelchair) chips.push(["rolstoel", undefined, t.wheelchair]);
  return chips;
}

export function FilterChips({ chips, params, t }: { chips: Chip[]; params: PageParams; t: Messages }) {
  if (chips.length === 0) return null;
  const url = searchUrl(params);
  return (
    <section aria-label={t.activeFilters}>
      <ul className="chips">
        {chips.map(([key, value, label]) => (
          <li key={`${key}=${value ?? ""}`}>
            <Link href={url.without(key, value)} aria-label={t.removeFilter(label)}>
              {label} ✕
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
