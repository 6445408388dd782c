import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { localePath } from "@/lib/i18n/locales";

// The HTML 404 of every page (the API answers problem+json of its own), in the language of the path that was asked
// for (proxy.ts passes it on; a not-found page gets no parameters of its own), with a new search.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: `${t("notFoundTitle")} — Buurtwijzer`, robots: { index: false } };
}

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  return (
    <main id="main">
      <h1>{t("notFoundHeading")}</h1>
      <p>{t("notFoundText")}</p>
      <form method="get" action={localePath(locale, "/zoeken")} className="search">
        <label htmlFor="nf-q">{t("placeLabel")}</label>
        <input id="nf-q" name="q" type="search" autoComplete="postal-code" maxLength={100} />
        <button type="submit" className="primary">
          {t("search")}
        </button>
      </form>
      <p>
        <a href={localePath(locale, "/")}>{t("startPage")}</a>
      </p>
    </main>
  );
}
