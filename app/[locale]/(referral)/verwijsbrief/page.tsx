import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import QRCode from "qrcode";

import { LanguageSwitch } from "@/components/language-switch";
import { PrintButton } from "@/components/print-button";
import { ProblemList } from "@/components/problem-list";
import { SheetBackLink } from "@/components/referral/sheet-back-link";
import { SheetEnded } from "@/components/referral/sheet-ended";
import { SheetHeader } from "@/components/referral/sheet-header";
import { SheetService } from "@/components/referral/sheet-service";
import { sendLabels, SendToClient } from "@/components/send-to-client";
import { readBackLink } from "@/lib/back-link";
import { dirOf, type Locale } from "@/lib/i18n/locales";
import { errorTitle, localiseProblems } from "@/lib/i18n/problems";
import { publicUrl } from "@/lib/public-url";
import { ZSheetQuery } from "@/lib/schemas/referral";
import { getSheet } from "@/lib/server/referral/sheet";
import { formatDate } from "@/lib/time";

import { makeShortLink } from "./actions";

// /verwijsbrief?services=<service-at-location id>,… — the referral sheet a worker hands the client: one A4 page for
// print (up to six services) and the same on screen, in the client's language, which is the page's (/ar/verwijsbrief;
// an old ?lang=ar link is redirected there by proxy.ts). The link holds only service ids.
export const dynamic = "force-dynamic";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const readSheet = (raw: Record<string, string | string[] | undefined>, locale: Locale) =>
  ZSheetQuery.safeParse({ services: one(raw.services) ?? "", lang: locale });

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [raw, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("referral")]);
  const title = t("sheetPageTitle");
  return { title: readSheet(raw, locale).success ? title : errorTitle(title, locale), robots: { index: false } };
}

export default async function SheetPage({ searchParams }: Props) {
  const [raw, locale, t, short] = await Promise.all([
    searchParams,
    getLocale(),
    getTranslations("referral"),
    getTranslations("shortLink.send"),
  ]);
  const parsed = readSheet(raw, locale);
  const dir = dirOf(locale);
  const back = readBackLink(one(raw.terug));
  if (!parsed.success) {
    return (
      <main id="main" lang={locale} dir={dir} className="sheet">
        <h1>{t("sheetTitle")}</h1>
        <ProblemList
          title={t("badInput")}
          focus
          problems={localiseProblems(
            parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? "services"), detail: i.message })),
            locale,
          )}
        />
        <p>
          <SheetBackLink back={back} />
        </p>
      </main>
    );
  }
  const ids = parsed.data.services;
  const { items, ended, missing, labels, code } = await getSheet(ids, locale);
  const shortUrl = code ? publicUrl(`/b/${code}`) : null;
  const qr = shortUrl
    ? await QRCode.toString(shortUrl, { type: "svg", margin: 0, width: 96, errorCorrectionLevel: "M" })
    : null;
  const now = new Date();
  const date = formatDate(now, locale, "date-long");
  return (
    <main id="main" lang={locale} dir={dir} className="sheet">
      <LanguageSwitch
        path="/verwijsbrief"
        params={{ services: ids.join(","), terug: back ?? undefined }}
        locale={locale}
        label={t("language")}
        className="langs no-print"
      />
      <SheetHeader
        t={t}
        locale={locale}
        date={date}
        shortUrl={shortUrl}
        qr={qr}
        found={items.map((s) => s.id)}
        back={back}
        tooMany={one(raw.kort) === "te-veel"}
        makeShortLink={makeShortLink}
      />
      {shortUrl && <SendToClient url={shortUrl} t={sendLabels(short)} />}
      {missing.length > 0 && (
        <p role="alert" className="problem">
          {t("unknownServices")}
        </p>
      )}
      <ol className="sheet-items">
        {items.map((s) => (
          <SheetService key={s.id} s={s} t={t} locale={locale} labels={labels} now={now} />
        ))}
        {/* after the services still offered: what changed since the sheet (or its list) was made */}
        {ended.map((e) => (
          <SheetEnded key={e.id} e={e} t={t} />
        ))}
      </ol>
      {locale !== "nl" && items.some((s) => s.description || s.note) && <p className="note">{t("dutchNote")}</p>}
      <p className="no-print actions">
        <PrintButton label={t("print")} /> <SheetBackLink back={back} />
      </p>
    </main>
  );
}
