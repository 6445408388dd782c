import { useLocale, useTranslations } from "next-intl";

import { PlaceField } from "@/components/search/place-field";
import { localePath } from "@/lib/i18n/locales";
import { termName } from "@/lib/i18n/term-name";
import { ACTIVITY_KINDS } from "@/lib/reference/activity-kinds";
import { HELP_LANGUAGES, languageName } from "@/lib/reference/languages";
import { ACTIVITY_RADII, WHENS } from "@/lib/schemas/activities-page";
import type { ActivitiesPage } from "@/lib/server/activities/run-activities-page";
import type { Taxonomy } from "@/lib/server/taxonomy/list-taxonomy";

/** /activiteiten's plain GET form: where, when (large choices), what, and the conditions; works without JavaScript. */
export function ActivitiesForm({ page, taxonomy }: { page: ActivitiesPage; taxonomy: Taxonomy }) {
  const t = useTranslations("activities.page");
  const r = useTranslations("resident");
  const kindName = useTranslations("activities.kinds");
  const locale = useLocale();
  const q = page.query;
  const kinds = new Set(q?.kind ?? []);
  return (
    <form method="get" action={localePath(locale, "/activiteiten")} className="search">
      {page.near && <input type="hidden" name="bij" value={page.near} />}
      <PlaceField
        text={page.text}
        problems={page.problems}
        locate={{ path: "/activiteiten", keep: ["wanneer", "soort"] }}
      />
      <fieldset className="choices when">
        <legend>{t("whenLegend")}</legend>
        {WHENS.map((w) => (
          <label key={w}>
            <input type="radio" name="wanneer" value={w} defaultChecked={page.when === w} /> {t(`when.${w}`)}
          </label>
        ))}
      </fieldset>
      <details open={!page.result}>
        <summary>{r("filters")}</summary>
        <fieldset className="choices">
          <legend>{t("kindLegend")}</legend>
          {ACTIVITY_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" name="soort" value={k} defaultChecked={kinds.has(k)} /> {kindName(k)}
            </label>
          ))}
        </fieldset>
        <label htmlFor="doelgroep">{r("audienceLabel")}</label>
        <select id="doelgroep" name="doelgroep" defaultValue={q?.audience?.[0] ?? ""}>
          <option value="">{r("anyAudience")}</option>
          {taxonomy.audiences.map((a) => (
            <option key={a.code} value={a.code}>
              {termName(a, locale)}
            </option>
          ))}
        </select>
        <label htmlFor="straal">{r("radiusLabel")}</label>
        <select id="straal" name="straal" defaultValue={String(page.radius)}>
          {ACTIVITY_RADII.map((km) => (
            <option key={km} value={String(km)}>
              {r("radiusOption", { km })}
            </option>
          ))}
        </select>
        <label htmlFor="taal">{r("languageLabel")}</label>
        <select id="taal" name="taal" defaultValue={q?.language?.[0] ?? ""}>
          <option value="">{r("anyLanguage")}</option>
          {HELP_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageName(l, locale)}
            </option>
          ))}
        </select>
        <div className="choices">
          <label>
            <input type="checkbox" name="gratis" value="ja" defaultChecked={q?.free === true} /> {t("onlyFree")}
          </label>
          <label>
            <input type="checkbox" name="rolstoel" value="ja" defaultChecked={q?.wheelchair === true} />{" "}
            {r("wheelchair")}
          </label>
        </div>
      </details>
      <button type="submit">{t("searchButton")}</button>
    </form>
  );
}
