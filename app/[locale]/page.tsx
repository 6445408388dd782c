import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { LanguageSwitch } from "@/components/language-switch";
import { PlaceField } from "@/components/search/place-field";
import { dirOf, localePath } from "@/lib/i18n/locales";
import { termName } from "@/lib/i18n/term-name";
import { getListingCounts } from "@/lib/server/listings/count-listings";
import { getTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

// The services people ask for most, offered as large choices on the start page.
const POPULAR = [
  "schuldhulp",
  "inloop",
  "taal-en-digitaal",
  "ouderenwerk",
  "jongerenwerk",
  "mantelzorgondersteuning",
  "maatschappelijk-werk",
  "voedselhulp",
];

// The start page: one search field, the most asked-for services as large choices, and what the directory holds.
// "Use my location" appears once JavaScript runs.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resident");
  return { title: t("startTitle"), description: t("startIntro") };
}

export default async function Home() {
  const [locale, t, a, format] = await Promise.all([
    getLocale(),
    getTranslations("resident"),
    getTranslations("activities.page"),
    getFormatter(),
  ]);
  const [counts, taxonomy] = await Promise.all([getListingCounts(), getTaxonomy()]);
  // Latin digits in every language, Arabic too (as on Dutch signs and letters, and as in the search results).
  const number = (n: number) => format.number(n, { numberingSystem: "latn" });
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch path="/" locale={locale} label={t("language")} />
      <h1>Buurtwijzer</h1>
      <p>{t("startIntro")}</p>
      <form method="get" action={localePath(locale, "/zoeken")} className="search">
        <PlaceField />
        <fieldset>
          <legend>{t("servicesLegend")}</legend>
          <div className="tiles">
            {POPULAR.map((code) => {
              const term = taxonomy.services.find((x) => x.code === code);
              return term ? (
                <label key={code} className="tile">
                  <input type="checkbox" name="dienst" value={code} /> {termName(term, locale)}
                </label>
              ) : null;
            })}
          </div>
        </fieldset>
        <button type="submit">{t("searchButton")}</button>
      </form>
      <section aria-labelledby="te-doen" className="whats-on">
        <h2 id="te-doen">
          <Link href={localePath(locale, "/activiteiten")}>{a("fromStart")}</Link>
        </h2>
        <p>{a("fromStartHint")}</p>
      </section>
      <dl className="stats">
        <dt>{t("countFacilities")}</dt>
        <dd data-testid="facility-count">{number(counts.facilities)}</dd>
        <dt>{t("countOrganizations")}</dt>
        <dd data-testid="organization-count">{number(counts.organizations)}</dd>
      </dl>
      {/* The API answers JSON, not a page: a plain link. */}
      <p>
        <a href="/api/v1">{t("forDevelopers")}</a>
      </p>
    </main>
  );
}
