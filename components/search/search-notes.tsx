import Link from "next/link";

import { withLang, type Locale, type Messages } from "@/lib/i18n/messages";
import type { PageParams } from "@/lib/schemas/search-page";
import type { ResidentSearch } from "@/lib/server/search/run-resident-search";
import { searchUrl } from "@/lib/urls/search-url";

/** When the typed text was no place: a place it may have meant, or the facilities of that name. */
export function SearchNotes({
  search: { suggestions, named },
  params,
  t,
  locale,
}: {
  search: Pick<ResidentSearch, "suggestions" | "named">;
  params: PageParams;
  t: Messages;
  locale: Locale;
}) {
  const url = searchUrl(params);
  return (
    <>
      {suggestions.map((s) => (
        <p key={s} className="suggestion">
          <Link href={url.with("q", s)}>{t.didYouMean(s)}</Link>
        </p>
      ))}
      {named.length > 0 && (
        <section aria-labelledby="named">
          <h2 id="named">{t.namedFacilities}</h2>
          <ul>
            {named.map((f) => (
              <li key={f.slug}>
                <Link href={withLang(`/locaties/${f.slug}`, locale)}>{f.name}</Link>, {f.place}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
