import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { FacilityCard } from "@/components/facility-card";
import { PAGE_RADII, type PageParams } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import { searchUrl } from "@/lib/urls/search-url";

type Result = NonNullable<ResidentSearch["result"]>;

/** The result list, with what to do when it is empty: look further, or what opens later today. */
export function ResultsList({
  result,
  km,
  from,
  params,
}: {
  result: Result;
  /** the distance limit searched within, if any */
  km: number | undefined;
  from: number;
  params: PageParams;
}) {
  const t = useTranslations("resident");
  const url = searchUrl(params, useLocale());
  const back = url.back();
  const shown = result.data.length;
  // Nothing within the chosen distance: one click to look further, or without a limit.
  const further = km ? PAGE_RADII.find((r) => r > km) : undefined;
  return (
    <div className="list" id="results-list" tabIndex={-1}>
      {shown === 0 && km ? (
        <ul className="links">
          {further && (
            <li>
              <Link href={url.with("straal", String(further))}>{t("searchFurther", { km: further })}</Link>
            </li>
          )}
          <li>
            <Link href={url.with("straal", "alle")}>{t("searchAnyDistance")}</Link>
          </li>
        </ul>
      ) : shown === 0 ? (
        <p>
          {t("noResults")} {t("noResultsTry")}
        </p>
      ) : (
        <ol className="results">
          {result.data.map((f) => (
            <FacilityCard key={f.id} f={f} back={back} />
          ))}
        </ol>
      )}
      {result.next_cursor && (
        <p>
          <Link href={url.next(result.next_cursor, from + shown)}>{t("more")}</Link>
        </p>
      )}
      {shown === 0 && result.opening_later.length > 0 && (
        <section aria-labelledby="later">
          <h3 id="later">{t("openingLater")}</h3>
          <ol className="results">
            {result.opening_later.map((f) => (
              <FacilityCard key={f.id} f={f} back={back} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
