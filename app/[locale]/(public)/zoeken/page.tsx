import type { Metadata } from "next";

import { LanguageSwitch } from "@/components/language-switch";
import { FilterChips, searchChips } from "@/components/search/filter-chips";
import { SearchForm } from "@/components/search/search-form";
import { SearchNotes } from "@/components/search/search-notes";
import { SearchResults } from "@/components/search/search-results";
import { dirOf, localeFrom, MESSAGES } from "@/lib/i18n/messages";
import { withPathLocale } from "@/lib/i18n/page-params";
import { errorTitle } from "@/lib/i18n/problems";
import { normalisePageParams, type PageParams } from "@/lib/schemas/search-page";
import { runResidentSearch } from "@/lib/server/search/run-resident-search";
import { getTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

// /zoeken — the resident search. A plain GET form: everything works without JavaScript, every view is a link
// (lib/urls/search-url.ts writes them).
export const dynamic = "force-dynamic";

const pageParams = async (searchParams: Promise<PageParams>) => normalisePageParams(await withPathLocale(searchParams));

export async function generateMetadata({ searchParams }: { searchParams: Promise<PageParams> }): Promise<Metadata> {
  const params = await pageParams(searchParams);
  const t = MESSAGES[localeFrom(params.lang)];
  const { problems } = await runResidentSearch(JSON.stringify(params));
  // GOV.UK's pattern: a page with an error says so first in its title, which a screen reader reads on arrival.
  return { title: problems.length ? errorTitle(t.searchPageTitle, localeFrom(params.lang)) : t.searchPageTitle };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const params = await pageParams(searchParams);
  const locale = localeFrom(params.lang);
  const t = MESSAGES[locale];
  const [search, taxonomy] = await Promise.all([runResidentSearch(JSON.stringify(params)), getTaxonomy()]);
  const chips = searchChips(search.query, params, taxonomy, t, locale);
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch path="/zoeken" params={params} locale={locale} label={t.language} />
      <h1>{t.searchTitle}</h1>
      <SearchForm search={search} taxonomy={taxonomy} activeCount={chips.length} t={t} locale={locale} />
      <SearchNotes search={search} params={params} t={t} locale={locale} />
      <FilterChips chips={chips} params={params} t={t} />
      <SearchResults search={search} params={params} t={t} locale={locale} />
    </main>
  );
}
