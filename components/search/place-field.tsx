import { useLocale, useTranslations } from "next-intl";

import { LocateButton } from "@/components/locate-button";
import { ProblemList } from "@/components/problem-list";

/**
 * The head of every resident search form (the start page's and /zoeken's): the place field with its hint, what was
 * wrong with the place right under it, and "use my location". The form's action carries the language (/en/zoeken).
 */
export function PlaceField({
  text,
  problems = [],
  locate,
}: {
  /** what the reader typed last time */
  text?: string;
  problems?: { detail: string }[];
  /** where "use my location" searches (default /zoeken) and which checked choices it keeps */
  locate?: { path: string; keep: string[] };
}) {
  const t = useTranslations("resident");
  const locale = useLocale();
  return (
    <>
      <label htmlFor="q">{t("searchLabel")}</label>
      <p id="q-hint" className="hint">
        {t("searchHint")}
      </p>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={text}
        autoComplete="postal-code"
        aria-describedby={problems.length ? "q-hint q-problems" : "q-hint"}
        aria-invalid={problems.length ? true : undefined}
        maxLength={100}
      />
      {/* Right under the field it is about (on a phone it sat ≈ 1,400 px down, under the opened filters). */}
      <ProblemList id="q-problems" title={t("badInput")} problems={problems} focus />
      <LocateButton
        label={t("locate")}
        busy={t("locating")}
        failed={t("locateFailed")}
        lang={locale}
        {...(locate ? { path: locate.path, keep: locate.keep } : {})}
      />
    </>
  );
}
