import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { permanentRedirect } from "next/navigation";
import { z } from "zod";

import { LanguageSwitch } from "@/components/language-switch";
import { Poster } from "@/components/poster/poster";
import { dirOf, localeFrom, localePath, LOCALES, type Locale } from "@/lib/i18n/locales";
import { notFoundPage } from "@/lib/i18n/not-found-page";
import { publicUrl } from "@/lib/public-url";
import { posterProgramme } from "@/lib/server/activities/poster-programme";
import { mergedInto } from "@/lib/server/listings/facility-redirect";
import { getFacilityBySlug } from "@/lib/server/listings/get-facility-by-slug";
import { loadBySlug, type SlugPageProps } from "@/lib/server/listings/load-by-slug";

// /locaties/[slug]/poster — the facility's programme on one A4 for its window or notice board, in the page's
// language (/ar/locaties/…/poster) and, with ?tweede=<language>, a second one beside it. A page to print, not to find:
// noindex. The QR code leads to the facility page, which is always current.
export const dynamic = "force-dynamic";

/** ?tweede=: another of the site's languages; the page's own, or anything else, is none. */
const ZSecond = z.enum(LOCALES);
function readSecond(raw: string | string[] | undefined, page: Locale): Locale | null {
  const parsed = ZSecond.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return parsed.success && parsed.data !== page ? parsed.data : null;
}

async function load(props: SlugPageProps) {
  const f = await loadBySlug(props, getFacilityBySlug);
  if (f) return f;
  const into = await mergedInto((await props.params).slug);
  if (into) permanentRedirect(localePath(localeFrom(await getLocale()), `/locaties/${into}/poster`));
  return notFoundPage();
}

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const f = await loadBySlug(props, getFacilityBySlug);
  const robots = { index: false, follow: true };
  if (!f) return { robots };
  const t = await getTranslations("activities.poster");
  return { title: t("pageTitle", { name: f.name }), robots };
}

export default async function PosterPage(props: SlugPageProps) {
  const f = await load(props);
  const [sp, locale, t] = await Promise.all([props.searchParams, getLocale(), getTranslations("resident")]);
  const lang = localeFrom(locale);
  const second = readSecond(sp.tweede, lang);
  const now = new Date();
  const items = f.status === "active" ? await posterProgramme(f.id, lang, now) : [];
  return (
    <main id="main" lang={lang} dir={dirOf(lang)} className="poster">
      <LanguageSwitch
        path={`/locaties/${f.slug}/poster`}
        params={{ tweede: second ?? undefined }}
        locale={lang}
        label={t("language")}
      />
      <Poster
        f={f}
        items={items}
        locale={lang}
        second={second}
        url={publicUrl(localePath(lang, `/locaties/${f.slug}`))}
        now={now}
      />
    </main>
  );
}
