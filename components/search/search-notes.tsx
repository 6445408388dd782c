import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { localePath } from "@/lib/i18n/locales";
import type { PageParams } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import { searchUrl } from "@/lib/urls/search-url";

import { bidiTags } from "./bidi";

/** When the typed text was no place: a place it may have meant, or the facilities of that name. */
export function SearchNotes({
  search: { suggestions, named },
  params,
}: {
  search: Pick<ResidentSearch, "suggestions" | "named">;
  params: PageParams;
}) {
  const t = useTranslations("resident");
  const locale = useLocale();
  const url = searchUrl(params, locale);
  return (
    <>
      {suggestions.map((s) => (
        <p key={s} className="suggestion">
          <Link href={url.with("q", s)}>{t.rich("didYouMean", { place: s, ...bidiTags(locale) })}</Link>
        </p>
      ))}
      {named.length > 0 && (
        <section aria-labelledby="named">
          <h2 id="named">{t("namedFacilities")}</h2>
          <ul>
            {named.map((f) => (
              <li key={f.slug}>
                <Link href={localePath(locale, `/locaties/${f.slug}`)}>{f.name}</Link>, <bdi>{f.place}</bdi>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
