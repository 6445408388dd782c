import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { LanguageSwitch } from "@/components/language-switch";
import { ProblemList } from "@/components/problem-list";
import { ReferralForm } from "@/components/referral/referral-form";
import { ReferralResults } from "@/components/referral/referral-results";
import { ServiceRow } from "@/components/referral/service-row";
import { SheetPanel } from "@/components/referral/sheet-panel";
import { dirOf } from "@/lib/i18n/locales";
import { errorTitle } from "@/lib/i18n/problems";
import { MAX_SHEET_SERVICES } from "@/lib/schemas/referral";
import { readList, type PageParams } from "@/lib/schemas/referral-page";
import { listGemeenten } from "@/lib/server/listings/list-gemeenten";
import { paramsKey, searchReferral } from "@/lib/server/referral/run-referral-search";
import { sheetItems } from "@/lib/server/referral/sheet";
import { getTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { referralUrl } from "@/lib/urls/referral-url";

// /verwijzen — for social workers: services (not facilities) for a client's postcode or a gemeente, which
// organisation serves which area, and a list of chosen services that becomes the referral sheet. A plain GET form:
// works without JavaScript, every view is a link (lib/urls/referral-url.ts writes them); nothing about the client is
// stored. The language is the path's (/tr/verwijzen).
export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: Promise<PageParams> }): Promise<Metadata> {
  const [params, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("referral")]);
  const { problems } = await searchReferral(paramsKey(params), locale);
  const title = t("pageTitle");
  return { title: problems.length > 0 ? errorTitle(title, locale) : title, description: t("pageDescription") };
}

export default async function ReferralPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const [params, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("referral")]);
  const chosen = readList(params, MAX_SHEET_SERVICES);
  const [{ page, result, problems }, taxonomy, gemeenten, sheet] = await Promise.all([
    searchReferral(paramsKey(params), locale),
    getTaxonomy(),
    listGemeenten(),
    sheetItems(chosen),
  ]);
  // A link with more services than fit on the sheet keeps the first six and says so.
  const full = chosen.length >= MAX_SHEET_SERVICES;
  const overflow = readList(params, 100).length > MAX_SHEET_SERVICES;
  const onSheet = new Set(sheet.map((s) => s.id));
  const areaName = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  const selected = (key: string) => new Set(([] as string[]).concat(params[key] ?? []));
  const url = referralUrl(params, locale);
  const shared = { url, t, locale };
  return (
    <main id="main" lang={locale} dir={dirOf(locale)} className="wide">
      <LanguageSwitch path="/verwijzen" params={params} locale={locale} label={t("language")} />
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="hint">{t("privacy")}</p>
      {/* Above the form, and focused on load: on a phone the form is long, and the error must be the first thing read. */}
      <ProblemList title={t("badInput")} problems={problems} focus />
      <ReferralForm page={page} {...{ selected, chosen, taxonomy, gemeenten, t, locale }} />
      <SheetPanel sheet={sheet} chosen={chosen} full={full} overflow={overflow} {...shared} />
      {result && (
        <ReferralResults page={page} result={result} url={url} t={t}>
          {result.data.map((s) => (
            <ServiceRow key={s.id} {...{ s, chosen, onSheet, full, areaName }} {...shared} />
          ))}
        </ReferralResults>
      )}
    </main>
  );
}
