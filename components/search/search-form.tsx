import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import type { Taxonomy } from "@/lib/server/taxonomy/list-taxonomy";

import { PlaceField } from "./place-field";
import { SearchFilters } from "./search-filters";

/** /zoeken's plain GET form: the place, what went wrong with it right under it, and the filters. */
export function SearchForm({
  search,
  taxonomy,
  activeCount,
  t,
  locale,
}: {
  search: Pick<ResidentSearch, "query" | "radius" | "text" | "problems" | "result">;
  taxonomy: Taxonomy;
  activeCount: number;
  t: Messages;
  locale: Locale;
}) {
  const { text, problems, result } = search;
  return (
    <form method="get" action="/zoeken" className="search">
      <PlaceField text={text} problems={problems} t={t} locale={locale} />
      <SearchFilters
        search={search}
        taxonomy={taxonomy}
        activeCount={activeCount}
        open={!result && problems.length === 0}
        t={t}
        locale={locale}
      />
      <button type="submit">{t.searchButton}</button>
    </form>
  );
}
