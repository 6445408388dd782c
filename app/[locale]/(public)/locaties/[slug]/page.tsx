import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";

import { FacilityAddress } from "@/components/facility/facility-address";
import { FacilityContact } from "@/components/facility/facility-contact";
import { FacilityHeading, facilityStatus } from "@/components/facility/facility-heading";
import { FacilityJsonLd } from "@/components/facility/facility-json-ld";
import { FacilityProgramme } from "@/components/facility/facility-programme";
import { FacilityReport } from "@/components/facility/facility-report";
import { FacilityServices } from "@/components/facility/facility-services";
import { FacilitySources } from "@/components/facility/facility-sources";
import { programmeLinks } from "@/components/facility/programme-links";
import { LanguageSwitch } from "@/components/language-switch";
import { Share } from "@/components/share";
import { WeekHours } from "@/components/week-hours";
import { activitiesJsonLd } from "@/lib/activities/json-ld";
import { backLinkIn, readBackLink } from "@/lib/back-link";
import { dirOf, LOCALE_NAMES, localeFrom, localePath, LOCALES, splitLocale } from "@/lib/i18n/locales";
import { notFoundPage } from "@/lib/i18n/not-found-page";
import { weekHours } from "@/lib/opening-hours";
import { publicUrl } from "@/lib/public-url";
import { facilityProgramme } from "@/lib/server/activities/read-programme";
import { mergedInto } from "@/lib/server/listings/facility-redirect";
import { getFacilityBySlug } from "@/lib/server/listings/get-facility-by-slug";
import { gemeenteNames } from "@/lib/server/listings/list-gemeenten";
import { loadBySlug, type SlugPageProps } from "@/lib/server/listings/load-by-slug";
import { formToken } from "@/lib/server/reports/reports";

import { sendReport } from "./actions";

// /locaties/[slug] — one facility, complete without JavaScript: address, route, contact, hours, services. The page's
// language is its path's (/en/locaties/…); what the organisation wrote stays Dutch, marked as such.
export const dynamic = "force-dynamic";

type Props = SlugPageProps;
/** The facility, else the one it was merged into (a permanent redirect), else the not-found page. */
async function load(props: Props) {
  const f = await loadBySlug(props, getFacilityBySlug);
  if (f) return f;
  const into = await mergedInto((await props.params).slug);
  if (into) permanentRedirect(localePath(localeFrom(await getLocale()), `/locaties/${into}`));
  return notFoundPage();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const f = await loadBySlug(props, getFacilityBySlug);
  if (!f) return {}; // the page itself goes to the not-found page
  const t = await getTranslations("resident");
  const names = { name: f.name, place: f.address.place };
  return { title: t("facilityTitle", names), description: t("facilityDescription", names) };
}

/** Back to the search the reader came from, in this page's language (a worker's /verwijzen as it was). */
function backHref(terug: unknown, locale: ReturnType<typeof localeFrom>): string {
  const back = readBackLink(terug);
  if (!back) return localePath(locale, "/zoeken");
  return splitLocale(back.split("?")[0] ?? "").rest === "/zoeken" ? backLinkIn(back, locale) : back;
}

export default async function FacilityPage(props: Props) {
  const f = await load(props);
  const [sp, locale, t] = await Promise.all([props.searchParams, getLocale(), getTranslations("resident")]);
  const lang = localeFrom(locale);
  const reported = typeof sp.melding === "string" ? sp.melding : null;
  const terug = readBackLink(sp.terug);
  const codes = [...new Set(f.services.flatMap((s) => s.organization.service_area))];
  const [gemeenten, programme] = await Promise.all([gemeenteNames(codes), facilityProgramme(f.id, lang)]);
  const week = f.status === "active" ? weekHours(f.opening_hours, new Date(), "today") : null;
  const status = t(facilityStatus(f));
  const pageUrl = await publicUrl(localePath(lang, `/locaties/${f.slug}`));
  return (
    <main id="main" lang={lang} dir={dirOf(lang)}>
      <LanguageSwitch
        path={`/locaties/${f.slug}`}
        params={{ terug: terug ?? undefined }}
        locale={lang}
        label={t("language")}
        locales={LOCALES}
        names={LOCALE_NAMES}
      />
      <p>
        <Link href={backHref(sp.terug, lang)}>{t("backToSearch")}</Link>
      </p>
      <FacilityHeading f={f} status={status} locale={lang} />
      <FacilityAddress f={f} locale={lang} />

      <h2>{t("openingHours")}</h2>
      {week ? <WeekHours week={week} caption={status} /> : <p>{t("hoursUnknown")}</p>}

      <FacilityContact f={f} locale={lang} />
      <FacilityServices f={f} locale={lang} gemeenten={gemeenten} />
      <FacilityProgramme
        items={programme}
        locale={lang}
        links={programmeLinks(lang, f.slug, f.lat, f.lng, (await publicUrl("/")).replace(/\/$/, ""))}
      />
      <FacilitySources f={f} />
      <Share url={pageUrl} title={f.name} />
      <FacilityJsonLd
        f={f}
        events={activitiesJsonLd(
          {
            name: f.name,
            url: pageUrl,
            address: f.address,
            lat: f.lat,
            lng: f.lng,
            operator: f.operator ? { name: f.operator.name } : null,
          },
          programme,
        )}
      />
      <FacilityReport action={sendReport} slug={f.slug} locale={lang} token={formToken()} reported={reported} />
    </main>
  );
}
