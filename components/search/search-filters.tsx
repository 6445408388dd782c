import { useLocale, useTranslations } from "next-intl";

import { ServiceChoices } from "@/components/service-choices";
import { termName } from "@/lib/i18n/term-name";
import { HELP_LANGUAGES, languageName } from "@/lib/reference/languages";
import { FACILITY_TYPES } from "@/lib/schemas/common";
import { PAGE_RADII } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import type { Taxonomy } from "@/lib/server/taxonomy/list-taxonomy";

/** The search's filters, folded away once there are results (so a phone shows the list first); native, no JavaScript.
 *  `activeCount`: how many filters are on, shown in the summary. */
export function SearchFilters({
  search: { query, radius },
  taxonomy,
  activeCount,
  open,
}: {
  search: Pick<ResidentSearch, "query" | "radius">;
  taxonomy: Taxonomy;
  activeCount: number;
  open: boolean;
}) {
  const t = useTranslations("resident");
  const locale = useLocale();
  return (
    <details open={open}>
      <summary>
        {t("filters")}
        {activeCount > 0 ? ` (${activeCount})` : ""}
      </summary>
      <ServiceChoices
        legend={t("servicesLegend")}
        services={taxonomy.services}
        chosen={new Set(query?.service ?? [])}
        locale={locale}
      />
      <label htmlFor="soort">{t("typeLabel")}</label>
      <select id="soort" name="soort" defaultValue={query?.type?.[0] ?? ""}>
        <option value="">{t("anyType")}</option>
        {FACILITY_TYPES.map((ty) => (
          <option key={ty} value={ty}>
            {t(`types.${ty}`)}
          </option>
        ))}
      </select>
      <label htmlFor="doelgroep">{t("audienceLabel")}</label>
      <select id="doelgroep" name="doelgroep" defaultValue={query?.audience?.[0] ?? ""}>
        <option value="">{t("anyAudience")}</option>
        {taxonomy.audiences.map((a) => (
          <option key={a.code} value={a.code}>
            {termName(a, locale)}
          </option>
        ))}
      </select>
      <label htmlFor="open">{t("whenOpenLabel")}</label>
      <select
        id="open"
        name="open"
        defaultValue={query?.open === "now" ? "nu" : query?.open === "today" ? "vandaag" : ""}
      >
        <option value="">{t("anyTime")}</option>
        <option value="nu">{t("openNow")}</option>
        <option value="vandaag">{t("openToday")}</option>
      </select>
      <label htmlFor="straal">{t("radiusLabel")}</label>
      <select id="straal" name="straal" defaultValue={radius}>
        <option value="alle">{t("anyDistance")}</option>
        {PAGE_RADII.map((r) => (
          <option key={r} value={String(r)}>
            {t("radiusOption", { km: r })}
          </option>
        ))}
      </select>
      <label htmlFor="taal">{t("languageLabel")}</label>
      <select id="taal" name="taal" defaultValue={query?.language?.[0] ?? ""}>
        <option value="">{t("anyLanguage")}</option>
        {HELP_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l, locale)}
          </option>
        ))}
      </select>
      <Conditions query={query} />
    </details>
  );
}

/** Free, wheelchair accessible: plain yes-or-any checkboxes. */
function Conditions({ query }: { query: ResidentSearch["query"] }) {
  const t = useTranslations("resident");
  return (
    <div className="choices">
      <label>
        <input type="checkbox" name="gratis" value="ja" defaultChecked={query?.free === true} /> {t("free")}
      </label>
      <label>
        <input type="checkbox" name="rolstoel" value="ja" defaultChecked={query?.wheelchair === true} />{" "}
        {t("wheelchair")}
      </label>
    </div>
  );
}
