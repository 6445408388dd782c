import type { Metadata } from "next";
import QRCode from "qrcode";

import { LanguageSwitch } from "@/components/language-switch";
import { PrintButton } from "@/components/print-button";
import { ProblemList } from "@/components/problem-list";
import { SendToClient } from "@/components/send-to-client";
import { backLinkLang, readBackLink } from "@/lib/back-link";
import { errorTitle, localiseProblems } from "@/lib/i18n/problems";
import {
  hoursInWords,
  REFERRAL_LOCALE_NAMES,
  REFERRAL_LOCALES,
  REFERRAL_MESSAGES,
  referralDir,
  referralLocale,
} from "@/lib/i18n/referral";
import { SHORT_LINK_MESSAGES } from "@/lib/i18n/referral-short-link";
import { TERM_SENTENCES } from "@/lib/i18n/taxonomy-i18n";
import { termName } from "@/lib/i18n/term-name";
import { weekHours } from "@/lib/opening-hours";
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
  const raw = await searchParams;
  const parsed = readSheet(raw);
  return { title: parsed.success ? TITLE : errorTitle(TITLE, referralLocale(one(raw.lang))), robots: { index: false } };
}

export default async function SheetPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = readSheet(raw);
  const locale = parsed.success ? parsed.data.lang : referralLocale(one(raw.lang));
  const t = REFERRAL_MESSAGES[locale];
  const dir = referralDir(locale);
  // "Terug naar zoeken" is for the worker: back to their own search (terug=), in their page's language, not the client's.
  const back = readBackLink(one(raw.terug));
  const workerLocale = referralLocale(back ? backLinkLang(back) : undefined);
  const backLink = (
    <a href={back ?? "/verwijzen"} lang={workerLocale} dir={referralDir(workerLocale)} hrefLang={workerLocale}>
      {REFERRAL_MESSAGES[workerLocale].back}
    </a>
  );
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
        <p>{backLink}</p>
      </main>
    );
  }
  const ids = parsed.data.services;
  const { items, ended, missing, labels, code } = await getSheet(ids, locale);
  const found = items.map((s) => s.id);
  const shortUrl = code ? publicUrl(`/b/${code}`) : null;
  const qr = shortUrl
    ? await QRCode.toString(shortUrl, { type: "svg", margin: 0, width: 96, errorCorrectionLevel: "M" })
    : null;
  const now = new Date();
  const date = formatDate(now, locale, "date-long");
  const label = (code: string) => {
    const l = labels.get(code);
    return l ? termName(l, locale) : code;
  };

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
      <header className="sheet-head">
        <div>
          <h1>{t.sheetTitle} · Buurtwijzer</h1>
          <p>{t.sheetIntro}</p>
          <p className="date">{t.madeOn(date)}</p>
        </div>
        {qr && shortUrl && (
          <figure className="sheet-qr">
            <span role="img" aria-label={`${t.qrCaption} ${shortUrl}`} dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption>
              {t.qrCaption}
              <br />
              <bdi dir="ltr">{shortUrl.replace(/^https?:\/\//, "")}</bdi>
            </figcaption>
          </figure>
        )}
        {!code && found.length > 0 && (
          <form action={makeShortLink} className="sheet-qr no-print">
            <input type="hidden" name="services" value={found.join(",")} />
            <input type="hidden" name="lang" value={locale} />
            {back && <input type="hidden" name="terug" value={back} />}
            <button type="submit">{SHORT_LINK_MESSAGES[locale].make}</button>
            {one(raw.kort) === "te-veel" && <p role="alert">{SHORT_LINK_MESSAGES[locale].tooMany}</p>}
          </form>
        )}
      </header>
      {shortUrl && <SendToClient url={shortUrl} t={SHORT_LINK_MESSAGES[locale].send} />}
      {missing.length > 0 && (
        <p role="alert" className="problem">
          {t.unknownServices}
        </p>
      )}
      <ol className="sheet-items">
        {items.map((s) => {
          const f = s.facility;
          const week = f.status === "active" ? weekHours(f.opening_hours, now) : null;
          const lines = week ? hoursInWords(week, locale) : [];
          const sentence = s.terms.map((c) => TERM_SENTENCES[locale][c]).find(Boolean);
          return (
            <li key={s.id}>
              <h2>
                <bdi lang="nl">{s.name}</bdi>
              </h2>
              <p className="what">
                {sentence ?? s.terms.map(label).join(", ")}{" "}
                <span className="org">
                  (<bdi lang="nl">{s.organization}</bdi>)
                </span>
              </p>
              <dl>
                <dt>{t.address}</dt>
                <dd>
                  <bdi lang="nl">
                    {f.name}, {f.street} {f.house_number}
                    {f.house_number_addition ?? ""}, {f.postcode} {f.place}
                  </bdi>
                </dd>
                <dt>{t.hours}</dt>
                <dd>{lines.length > 0 ? lines.join("; ") : t.hoursUnknown}</dd>
                {s.phone && (
                  <>
                    <dt>{t.phone}</dt>
                    <dd>
                      <a href={`tel:${s.phone.replaceAll(" ", "")}`} dir="ltr">
                        {s.phone}
                      </a>
                    </dd>
                  </>
                )}
                <dt>{t.howToGetIn}</dt>
                <dd>{s.access.map((a) => t.access[a]).join(" · ")}</dd>
                <dt>{t.costLabel}</dt>
                <dd>
                  {t.cost[s.cost]}
                  {s.cost_text ? (
                    <>
                      {" "}
                      (<bdi lang="nl">{s.cost_text}</bdi>)
                    </>
                  ) : null}
                </dd>
              </dl>
              {s.description && locale !== "nl" && (
                <p className="nl-text">
                  <bdi lang="nl">{s.description}</bdi>
                </p>
              )}
              {s.description && locale === "nl" && <p className="nl-text">{s.description}</p>}
              {s.note && (
                <p className="nl-text">
                  <bdi lang="nl">{s.note}</bdi>
                </p>
              )}
            </li>
          );
        })}
        {/* after the services still offered: what changed since the sheet (or its list) was made */}
        {ended.map((e) => (
          <li key={e.id}>
            <h2>
              <bdi lang="nl">{e.name}</bdi>{" "}
              <span className="org">
                (<bdi lang="nl">{e.organization}</bdi>)
              </span>
            </h2>
            {/* U+2068 … U+2069 isolate the Dutch place name inside a right-to-left sentence */}
            <p className="problem">{t.endedHere(`\u2068${e.was.name}, ${e.was.place}\u2069`)}</p>
            {e.elsewhere.length > 0 && (
              <>
                <p>{t.stillOfferedAt}</p>
                <ul>
                  {e.elsewhere.map((p) => (
                    <li key={p.id}>
                      <bdi lang="nl">
                        {p.name}, {p.street} {p.house_number}
                        {p.house_number_addition ?? ""}, {p.postcode} {p.place}
                      </bdi>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
      {locale !== "nl" && items.some((s) => s.description || s.note) && <p className="note">{t.dutchNote}</p>}
      <p className="no-print actions">
        <PrintButton label={t.print} /> {backLink}
      </p>
    </main>
  );
}
