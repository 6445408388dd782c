import { useTranslations } from "next-intl";

import type { Locale } from "@/lib/i18n/locales";

// Text an organisation wrote, in Dutch. On a page in another language it is marked lang="nl" (a screen reader reads
// it with a Dutch voice) and gets its own direction, so on an Arabic page its full stop stays at its end.

/** A paragraph of the organisation's own words. */
export function DutchText({ text, locale }: { text: string; locale: Locale }) {
  return locale === "nl" ? (
    <p>{text}</p>
  ) : (
    <p lang="nl" dir="auto" className="in-dutch">
      {text}
    </p>
  );
}

/** A few of the organisation's words inside a sentence of the page's language (with what stands right before and
 *  after them, so a Dutch page gets one plain text, exactly as before). */
export function DutchWords({
  text,
  locale,
  before = "",
  after = "",
}: {
  text: string;
  locale: Locale;
  before?: string;
  after?: string;
}) {
  if (locale === "nl") return <>{before + text + after}</>;
  return (
    <>
      {before}
      <bdi lang="nl">{text}</bdi>
      {after}
    </>
  );
}

/** Says once, in the page's language, that what organisations wrote is in Dutch (nothing on a Dutch page). */
export function DutchNote({ locale }: { locale: Locale }) {
  const t = useTranslations("resident");
  return locale === "nl" ? null : <p className="explain">{t("writtenInDutch")}</p>;
}
