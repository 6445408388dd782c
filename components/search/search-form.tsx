import { LocateButton } from "@/components/locate-button";
import { ProblemList } from "@/components/problem-list";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { Taxonomy } from "@/lib/server/list-taxonomy";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";

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
      {locale !== "nl" && <input type="hidden" name="lang" value={locale} />}
      <label htmlFor="q">{t.searchLabel}</label>
      <p id="q-hint" className="hint">
        {t.searchHint}
      </p>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={text}
        autoComplete="postal-code"
        aria-describedby={problems.length ? "q-hint q-problems" : "q-hint"}
        aria-invalid={problems.length ? true : undefined}
        maxLength={100}
      />
      {/* Right under the field it is about (on a phone it sat ≈ 1,400 px down, under the opened filters). */}
      <ProblemList id="q-problems" title={t.badInput} problems={problems} focus />
      <LocateButton label={t.locate} busy={t.locating} failed={t.locateFailed} lang={locale} />
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
