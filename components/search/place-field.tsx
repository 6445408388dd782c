import { LocateButton } from "@/components/locate-button";
import { ProblemList } from "@/components/problem-list";
import type { Locale, Messages } from "@/lib/i18n/messages";

/**
 * The head of every resident search form (the start page's and /zoeken's): the language it answers in, the place
 * field with its hint, what was wrong with the place right under it, and "use my location".
 */
export function PlaceField({
  text,
  problems = [],
  t,
  locale,
}: {
  /** what the reader typed last time */
  text?: string;
  problems?: { detail: string }[];
  t: Messages;
  locale: Locale;
}) {
  return (
    <>
      {locale !== "nl" && <input type="hidden" name="lang" value={locale} />}
      <label htmlFor="q">{t.searchLabel}</label>
      <p id="q-hint" className="hint">
        {t.searchHint}
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
      <ProblemList id="q-problems" title={t.badInput} problems={problems} focus />
      <LocateButton label={t.locate} busy={t.locating} failed={t.locateFailed} lang={locale} />
    </>
  );
}
