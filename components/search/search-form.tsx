import { useLocale, useTranslations } from "next-intl";

import { localePath } from "@/lib/i18n/locales";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import type { Taxonomy } from "@/lib/server/taxonomy/list-taxonomy";

import { PlaceField } from "./place-field";
import { SearchFilters } from "./search-filters";

/** /zoeken's plain GET form (to the page in its own language): the place, what went wrong with it right under it,
 *  and the filters. */
export function SearchForm({
  search,
  taxonomy,
  activeCount,
}: {
  search: Pick<ResidentSearch, "query" | "radius" | "text" | "problems" | "result">;
  taxonomy: Taxonomy;
  activeCount: number;
}) {
  const t = useTranslations("resident");
  const locale = useLocale();
  const { text, problems, result } = search;
  return (
    <form method="get" action={localePath(locale, "/zoeken")} className="search">
      <PlaceField text={text} problems={problems} />
      <SearchFilters
        search={search}
        taxonomy={taxonomy}
        activeCount={activeCount}
        open={!result && problems.length === 0}
      />
      <button type="submit">{t("searchButton")}</button>
    </form>
  );
}
