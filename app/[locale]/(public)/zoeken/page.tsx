import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { LanguageSwitch } from "@/components/language-switch";
import { FilterChips, searchChips } from "@/components/search/filter-chips";
import { SearchForm } from "@/components/search/search-form";
import { SearchNotes } from "@/components/search/search-notes";
import { SearchResults } from "@/components/search/search-results";
import { dirOf } from "@/lib/i18n/locales";
import { errorTitle } from "@/lib/i18n/problems";
import { normalisePageParams, type PageParams } from "@/lib/schemas/search-page";
import { runResidentSearch } from "@/lib/server/search/run-resident-search";
import { getTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

// /zoeken — the resident search. A plain GET form: everything works without JavaScript, every view is a link
// (lib/urls/search-url.ts writes them). The language is the path's (/en/zoeken), never a parameter.
export const dynamic = "force-dynamic";

const pageParams = async (searchParams: Promise<PageParams>) => normalisePageParams(await searchParams);

export async function generateMetadata({ searchParams }: { searchParams: Promise<PageParams> }): Promise<Metadata> {
  const [params, locale, t] = await Promise.all([pageParams(searchParams), getLocale(), getTranslations("resident")]);
  const { problems } = await runResidentSearch(JSON.stringify(params), locale);
  const title = t("searchPageTitle");
  // GOV.UK's pattern: a page with an error says so first in its title, which a screen reader reads on arrival.
  return { title: problems.length ? errorTitle(title, locale) : title, description: t("searchPageDescription") };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const [params, locale, t] = await Promise.all([pageParams(searchParams), getLocale(), getTranslations("resident")]);
  const [search, taxonomy] = await Promise.all([runResidentSearch(JSON.stringify(params), locale), getTaxonomy()]);
  const chips = searchChips(search.query, params, taxonomy, t, locale);
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch path="/zoeken" params={params} locale={locale} label={t("language")} />
      <h1>{t("searchTitle")}</h1>
      <SearchForm search={search} taxonomy={taxonomy} activeCount={chips.length} />
      <SearchNotes search={search} params={params} />
      <FilterChips chips={chips} params={params} />
      <SearchResults search={search} params={params} />
    </main>
  );
}
