import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { LanguageSwitch } from "@/components/language-switch";
import { dirOf, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { K_ANONYMITY, UNMET_DISTANCE_M } from "@/lib/server/search/unmet-needs";

// /privacy — exactly what Buurtwijzer keeps about the people who use it, in plain words (namespace `privacy`; the
// numbers come from the code that does the counting, so the page cannot drift from it).

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("metaTitle") };
}

// Each section and its paragraphs, in the catalog's order.
const SECTIONS = [
  ["search", ["search.p1", "search.p2", "search.p3"]],
  ["cookies", ["cookies.p1"]],
  ["referral", ["referral.p1"]],
  ["accounts", ["accounts.p1", "accounts.p2", "accounts.p3"]],
  ["map", ["map.p1", "map.p2"]],
] as const;

export default async function PrivacyPage() {
  const [locale, t, resident] = await Promise.all([
    getLocale(),
    getTranslations("privacy"),
    getTranslations("resident"),
  ]);
  const numbers = { km: UNMET_DISTANCE_M / 1000, k: K_ANONYMITY };
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch
        path="/privacy"
        locale={locale}
        label={resident("language")}
        locales={LOCALES}
        names={LOCALE_NAMES}
      />
      <h1>{t("title")}</h1>
      {SECTIONS.map(([section, paragraphs]) => (
        <section key={section}>
          <h2>{t(`${section}.title`)}</h2>
          {paragraphs.map((p) => (
            // Only the search section's texts take numbers; the others ignore them.
            <p key={p}>{t(p, numbers)}</p>
          ))}
        </section>
      ))}
    </main>
  );
}
