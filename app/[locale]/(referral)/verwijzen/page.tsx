import type { Metadata } from "next";

import { LanguageSwitch } from "@/components/language-switch";
import { ProblemList } from "@/components/problem-list";
import { ReferralForm } from "@/components/referral/referral-form";
import { ReferralResults } from "@/components/referral/referral-results";
import { ServiceRow } from "@/components/referral/service-row";
import { SheetPanel } from "@/components/referral/sheet-panel";
import { withPathLocale } from "@/lib/i18n/page-params";
import { errorTitle } from "@/lib/i18n/problems";
import {
  REFERRAL_LOCALE_NAMES,
  REFERRAL_LOCALES,
  REFERRAL_MESSAGES,
  referralDir,
  referralLocale,
  type ReferralLocale,
} from "@/lib/i18n/referral";
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
// stored.
export const dynamic = "force-dynamic";
const TITLE = "Verwijzen — Buurtwijzer";

export async function generateMetadata({ searchParams }: { searchParams: Promise<PageParams> }): Promise<Metadata> {
  const { locale, problems } = await searchReferral(paramsKey(await withPathLocale(searchParams)));
  return { title: problems.length > 0 ? errorTitle(TITLE, locale) : TITLE };
}

export default async function ReferralPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const params = await withPathLocale(searchParams);
  const locale: ReferralLocale = referralLocale(Array.isArray(params.lang) ? params.lang[0] : params.lang);
  const t = REFERRAL_MESSAGES[locale];
  const chosen = readList(params, MAX_SHEET_SERVICES);
  const [{ page, result, problems }, taxonomy, gemeenten, sheet] = await Promise.all([
    searchReferral(paramsKey(params)),
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
  const url = referralUrl(params);
  const shared = { url, t, locale };
  return (
    <main id="main" lang={locale} dir={referralDir(locale)} className="wide">
      <LanguageSwitch
        path="/verwijzen"
        params={params}
        locale={locale}
        label={t.language}
        locales={REFERRAL_LOCALES}
        names={REFERRAL_LOCALE_NAMES}
      />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p className="hint">{t.privacy}</p>
      {/* Above the form, and focused on load: on a phone the form is long, and the error must be the first thing read. */}
      <ProblemList title={t.badInput} problems={problems} focus />
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
