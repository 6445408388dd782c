import { useTranslations } from "next-intl";

import type { ReferralLocale, ReferralT } from "@/lib/i18n/referral";

// The sheet's head: title, intro and date; the QR code of its short link once someone made one, else (on screen
// only) the "Maak korte link" button, a plain form to the page's server action (components never import app/).
export function SheetHeader(p: {
  t: ReferralT;
  locale: ReferralLocale;
  /** the date in words, made by the page */
  date: string;
  shortUrl: string | null;
  /** the short link's QR code as SVG markup */
  qr: string | null;
  /** the services still offered where the sheet says: what a short link would name */
  found: string[];
  back: string | null;
  tooMany: boolean;
  makeShortLink: (form: FormData) => Promise<void>;
}) {
  const t = p.t;
  const short = useTranslations("shortLink");
  return (
    <header className="sheet-head">
      <div>
        <h1>{t("sheetTitle")} · Buurtwijzer</h1>
        <p>{t("sheetIntro")}</p>
        <p className="date">{t("madeOn", { date: p.date })}</p>
      </div>
      {p.qr && p.shortUrl && (
        <figure className="sheet-qr">
          <span role="img" aria-label={`${t("qrCaption")} ${p.shortUrl}`} dangerouslySetInnerHTML={{ __html: p.qr }} />
          <figcaption>
            {t("qrCaption")}
            <br />
            <bdi dir="ltr">{p.shortUrl.replace(/^https?:\/\//, "")}</bdi>
          </figcaption>
        </figure>
      )}
      {!p.shortUrl && p.found.length > 0 && (
        <form action={p.makeShortLink} className="sheet-qr no-print">
          <input type="hidden" name="services" value={p.found.join(",")} />
          {p.back && <input type="hidden" name="terug" value={p.back} />}
          <button type="submit">{short("make")}</button>
          {p.tooMany && <p role="alert">{short("tooMany")}</p>}
        </form>
      )}
    </header>
  );
}
