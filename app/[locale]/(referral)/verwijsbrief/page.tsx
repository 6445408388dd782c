import type { Metadata } from "next";
import QRCode from "qrcode";

import { LanguageSwitch } from "@/components/language-switch";
import { PrintButton } from "@/components/print-button";
import { ProblemList } from "@/components/problem-list";
import { SheetBackLink } from "@/components/referral/sheet-back-link";
import { SheetEnded } from "@/components/referral/sheet-ended";
import { SheetHeader } from "@/components/referral/sheet-header";
import { SheetService } from "@/components/referral/sheet-service";
import { SendToClient } from "@/components/send-to-client";
import { readBackLink } from "@/lib/back-link";
import { withPathLocale } from "@/lib/i18n/page-params";
import { errorTitle, localiseProblems } from "@/lib/i18n/problems";
import {
  REFERRAL_LOCALE_NAMES,
  REFERRAL_LOCALES,
  REFERRAL_MESSAGES,
  referralDir,
  referralLocale,
} from "@/lib/i18n/referral";
import { SHORT_LINK_MESSAGES } from "@/lib/i18n/referral-short-link";
import { publicUrl } from "@/lib/public-url";
import { ZSheetQuery } from "@/lib/schemas/referral";
import { getSheet } from "@/lib/server/referral/sheet";
import { formatDate } from "@/lib/time";

import { makeShortLink } from "./actions";

// /verwijsbrief?services=<service-at-location id>,…&lang=<code> — the referral sheet a worker hands the client: one A4
// page for print (up to six services) and the same on screen, in the client's language. The link holds only service
// ids and the language.
export const dynamic = "force-dynamic";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const TITLE = "Verwijsbrief — Buurtwijzer";
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const readSheet = (raw: Record<string, string | string[] | undefined>) =>
  ZSheetQuery.safeParse({ services: one(raw.services) ?? "", lang: one(raw.lang) ?? "nl" });

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const raw = await withPathLocale(searchParams);
  const parsed = readSheet(raw);
  return { title: parsed.success ? TITLE : errorTitle(TITLE, referralLocale(one(raw.lang))), robots: { index: false } };
}

export default async function SheetPage({ searchParams }: Props) {
  const raw = await withPathLocale(searchParams);
  const parsed = readSheet(raw);
  const locale = parsed.success ? parsed.data.lang : referralLocale(one(raw.lang));
  const t = REFERRAL_MESSAGES[locale];
  const dir = referralDir(locale);
  const back = readBackLink(one(raw.terug));
  if (!parsed.success) {
    return (
      <main id="main" lang={locale} dir={dir} className="sheet">
        <h1>{t.sheetTitle}</h1>
        <ProblemList
          title={t.badInput}
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
        label={t.language}
        locales={REFERRAL_LOCALES}
        names={REFERRAL_LOCALE_NAMES}
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
      {shortUrl && <SendToClient url={shortUrl} t={SHORT_LINK_MESSAGES[locale].send} />}
      {missing.length > 0 && (
        <p role="alert" className="problem">
          {t.unknownServices}
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
      {locale !== "nl" && items.some((s) => s.description || s.note) && <p className="note">{t.dutchNote}</p>}
      <p className="no-print actions">
        <PrintButton label={t.print} /> <SheetBackLink back={back} />
      </p>
    </main>
  );
}
