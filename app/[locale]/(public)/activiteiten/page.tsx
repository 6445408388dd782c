import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { ActivitiesForm } from "@/components/activities/activities-form";
import { OccurrenceDays } from "@/components/activities/occurrence-list";
import { LanguageSwitch } from "@/components/language-switch";
import { dirOf, localePath } from "@/lib/i18n/locales";
import { errorTitle } from "@/lib/i18n/problems";
import type { PageParams } from "@/lib/schemas/search-page";
import { runActivitiesPage } from "@/lib/server/activities/run-activities-page";
import { getTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { amsterdamDate, amsterdamDatePlusDays } from "@/lib/time/amsterdam";

// /activiteiten — "Wat is er te doen?": what is on near a postcode, place or the browser's position, today, tomorrow,
// this week or this weekend. A plain GET form; every view is a link; works without JavaScript.
export const dynamic = "force-dynamic";

// One "now" per minute: the page and its <title> read the same search (React cache keys on it).
const nowKey = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();

export async function generateMetadata({ searchParams }: { searchParams: Promise<PageParams> }): Promise<Metadata> {
  const [params, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("activities.page")]);
  const page = await runActivitiesPage(JSON.stringify(params), locale, nowKey());
  return {
    title: page.problems.length ? errorTitle(t("title"), locale) : t("title"),
    description: t("intro"),
  };
}

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const [params, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("activities.page")]);
  const now = nowKey();
  const [page, taxonomy] = await Promise.all([runActivitiesPage(JSON.stringify(params), locale, now), getTaxonomy()]);
  const result = page.result;
  const at = new Date(now);
  const more = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (k !== "na" && v !== undefined) for (const x of Array.isArray(v) ? v : [v]) more.append(k, x);
  const feed = new URLSearchParams();
  if (result) {
    feed.set("near", `${result.origin.lat.toFixed(5)},${result.origin.lng.toFixed(5)}`);
    feed.set("radius_km", String(page.radius));
    for (const k of page.query?.kind ?? []) feed.append("kind", k);
    for (const a of page.query?.audience ?? []) feed.append("audience", a);
    for (const l of page.query?.language ?? []) feed.append("language", l);
    if (page.query?.free !== undefined) feed.set("free", String(page.query.free));
    if (page.query?.wheelchair !== undefined) feed.set("wheelchair", String(page.query.wheelchair));
    feed.set("format", "ics");
  }
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch path="/activiteiten" params={params} locale={locale} label={t("language")} />
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ActivitiesForm page={page} taxonomy={taxonomy} />
      {result && (
        <section aria-labelledby="results" className="activity-results">
          <h2 id="results" tabIndex={-1}>
            {t("resultsNear", { km: page.radius, place: result.origin.label, when: page.when })}
          </h2>
          {result.data.length === 0 ? (
            <p>{t("nothing", { km: page.radius, when: page.when })}</p>
          ) : (
            <OccurrenceDays
              items={result.data}
              today={amsterdamDate(at)}
              tomorrow={amsterdamDatePlusDays(at, 1)}
              headingLevel={3}
            />
          )}
          {result.next_cursor && (
            <p>
              <Link href={`${localePath(locale, "/activiteiten")}?${more}&na=${result.next_cursor}`}>{t("more")}</Link>
            </p>
          )}
          <p className="subscribe">
            <a href={`/api/v1/activities?${feed}`} download="activiteiten.ics">
              {t("subscribe")}
            </a>
            <span className="hint"> {t("subscribeHint")}</span>
          </p>
        </section>
      )}
    </main>
  );
}
