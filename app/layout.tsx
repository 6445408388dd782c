import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";

import { ErrorTextsProvider } from "@/components/error-texts";
import { alternatesFor, PATH_HEADER } from "@/lib/i18n/alternates";
import { dirOf, localePath } from "@/lib/i18n/locales";

import "./globals.css";

// The root of every page: <html lang dir> in the page's language, the skip link and the footer. The language is the
// path's (proxy.ts sends every page into app/[locale] and passes the language on in a request header, which
// next-intl's getLocale reads): one layout for all languages, so that a path no page has still gets the 404 page in
// its language, inside this layout (Next.js renders that only with a root layout at app/). Every page gets its
// canonical URL and hreflang alternates here, from the path proxy.ts passes on.
export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "common" });
  const path = (await headers()).get(PATH_HEADER) ?? "/";
  return { title: "Buurtwijzer", description: t("siteDescription"), alternates: alternatesFor(path, locale) };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "common" });
  const href = (path: string) => localePath(locale, path);
  // Client components get only the texts they use — the error page's four — not the catalog.
  const errorTexts = {
    title: t("errorTitle"),
    text: t("errorText"),
    tryAgain: t("tryAgain"),
    startPage: t("startPage"),
    home: href("/"),
  };
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        <a className="skip" href="#main">
          {t("skip")}
        </a>
        <ErrorTextsProvider value={errorTexts}>{children}</ErrorTextsProvider>
        <footer className="site-footer" aria-label={t("footerLabel")}>
          <a href={href("/privacy")}>{t("privacy")}</a> · <a href={href("/verwijzen")}>{t("referral")}</a> ·{" "}
          <a href="/api/v1">{t("api")}</a>
        </footer>
      </body>
    </html>
  );
}
