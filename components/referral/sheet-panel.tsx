import { RememberedList } from "@/components/remembered-list";
import { isMemberLocale, localePath } from "@/lib/i18n/locales";
import { REFERRAL_LOCALE_NAMES, REFERRAL_LOCALES, type ReferralLocale, type ReferralT } from "@/lib/i18n/referral";
import type { SheetItem } from "@/lib/server/referral/referral-sheet";
import type { ReferralUrl } from "@/lib/urls/referral-url";

/** The referral list: the services chosen so far, each removable, and the form that makes the sheet of them.
 *  `full`: the list holds as many as fit on a sheet; `overflow`: the link asked for more (the first six are kept). */
export function SheetPanel({
  sheet,
  chosen,
  full,
  overflow,
  url,
  t,
  locale,
}: {
  sheet: SheetItem[];
  chosen: string[];
  full: boolean;
  overflow: boolean;
  url: ReferralUrl;
  t: ReferralT;
  locale: ReferralLocale;
}) {
  return (
    <section aria-labelledby="sheet" className="sheet-panel">
      <h2 id="sheet">
        {t("sheet")} ({sheet.length})
      </h2>
      <RememberedList
        current={sheet.map((s) => s.id)}
        labels={[1, 2, 3, 4, 5, 6].map((n) => t("restoreList", { n }))}
      />
      {full && (
        <p className={overflow ? "problem" : "notice"} role={overflow ? "alert" : "status"}>
          {t("sheetFull")}
        </p>
      )}
      {sheet.length === 0 ? (
        <p>{t("sheetEmpty")}</p>
      ) : (
        <>
          <ol>
            {sheet.map((s) => (
              <li key={s.id}>
                <bdi lang="nl">{s.name}</bdi>, <bdi lang="nl">{s.facility.place}</bdi>{" "}
                <a href={url.withList(chosen.filter((x) => x !== s.id))}>
                  {t("remove")}
                  <span className="sr-only">: {s.name}</span>
                </a>
              </li>
            ))}
          </ol>
          <form method="get" action="/verwijsbrief" className="sheet-form">
            <input type="hidden" name="services" value={sheet.map((s) => s.id).join(",")} />
            {/* the sheet's "Terug naar zoeken" returns to this search, in the worker's language */}
            <input type="hidden" name="terug" value={url.here()} />
            <label htmlFor="sheet-lang">{t("sheetLanguage")}</label>
            <select id="sheet-lang" name="lang" defaultValue={locale}>
              {REFERRAL_LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {REFERRAL_LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
            <button type="submit">{t("makeSheet")}</button>
          </form>
          <p>
            <a
              href={localePath(
                isMemberLocale(locale) ? locale : "en",
                `/beheer/lijsten/nieuw?lijst=${sheet.map((s) => s.id).join(",")}`,
              )}
            >
              {t("saveList")}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
