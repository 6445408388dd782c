import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import type { Locale } from "@/lib/i18n/locales";
import type { ResidentT } from "@/lib/i18n/resident-translator";
import { termName } from "@/lib/i18n/term-name";
import { languageName } from "@/lib/reference/languages";
import { FACILITY_TYPES } from "@/lib/schemas/common";
import type { PageParams } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import type { Taxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { searchUrl, type SearchParam } from "@/lib/urls/search-url";

/** An active filter: its page parameter, its value (none: every value of the parameter), and its label. */
export type Chip = [SearchParam, string | undefined, string];

const isType = (v: string): v is (typeof FACILITY_TYPES)[number] => (FACILITY_TYPES as readonly string[]).includes(v);

/** Every active filter of the search, as a removable chip. */
export function searchChips(
  query: ResidentSearch["query"],
  params: PageParams,
  taxonomy: Taxonomy,
  t: ResidentT,
  locale: Locale,
): Chip[] {
  if (!query) return [];
  const name = (terms: Taxonomy["services"], code: string) => {
    const term = terms.find((x) => x.code === code);
    return term ? termName(term, locale) : code;
  };
  const chips: Chip[] = [
    ...[...new Set(query.service ?? [])].map((c): Chip => ["dienst", c, name(taxonomy.services, c)]),
    ...(query.type ?? []).map((ty): Chip => ["soort", ty, isType(ty) ? t(`types.${ty}`) : ty]),
    ...(query.audience ?? []).map((a): Chip => ["doelgroep", a, name(taxonomy.audiences, a)]),
    ...(query.language ?? []).map((l): Chip => ["taal", l, t("inLanguage", { name: languageName(l, locale) })]),
  ];
  if (query.open) chips.push(["open", undefined, query.open === "today" ? t("openToday") : t("openNow")]);
  if (query.radius_km && params.straal !== undefined)
    chips.push(["straal", undefined, t("radiusOption", { km: query.radius_km })]);
  if (query.free) chips.push(["gratis", undefined, t("free")]);
  if (query.wheelchair) chips.push(["rolstoel", undefined, t("wheelchair")]);
  return chips;
}

export function FilterChips({ chips, params }: { chips: Chip[]; params: PageParams }) {
  const t = useTranslations("resident");
  const locale = useLocale();
  if (chips.length === 0) return null;
  const url = searchUrl(params, locale);
  return (
    <section aria-label={t("activeFilters")}>
      <ul className="chips">
        {chips.map(([key, value, label]) => (
          <li key={`${key}=${value ?? ""}`}>
            <Link href={url.without(key, value)} aria-label={t("removeFilter", { what: label })}>
              {label} ✕
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
