import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { ContactFacts } from "@/components/contact-facts";
import { DutchNote, DutchText } from "@/components/dutch-text";
import { FacilityProgramme } from "@/components/facility/facility-programme";
import { LanguageSwitch } from "@/components/language-switch";
import { MapToggle } from "@/components/map";
import { dirOf, LOCALE_NAMES, localePath, LOCALES } from "@/lib/i18n/locales";
import { mapLabels } from "@/lib/i18n/map-labels";
import { notFoundPage } from "@/lib/i18n/not-found-page";
import { facilityPoint } from "@/lib/map/points";
import { publicUrl } from "@/lib/public-url";
import { organizationProgramme } from "@/lib/server/activities/read-programme";
import { gemeenteNames } from "@/lib/server/listings/list-gemeenten";
import { getOrganizationBySlug } from "@/lib/server/listings/list-organizations";
import { loadBySlug, type SlugPageProps } from "@/lib/server/listings/load-by-slug";

// /organisaties/[slug] — an organisation: what it does, how to reach it, where it works. The page's language is its
// path's; the organisation's own description stays Dutch, marked as such.
export const dynamic = "force-dynamic";

type Props = SlugPageProps;
const load = async (props: Props) => (await loadBySlug(props, getOrganizationBySlug)) ?? notFoundPage();

export async function generateMetadata(props: Props): Promise<Metadata> {
  const o = await loadBySlug(props, getOrganizationBySlug);
  if (!o) return {}; // the page itself goes to the not-found page
  const t = await getTranslations("resident");
  return {
    title: t("organizationTitle", { name: o.name }),
    description: t("organizationDescription", { name: o.name }),
  };
}

export default async function OrganizationPage(props: Props) {
  const o = await load(props);
  const [locale, t, format] = await Promise.all([getLocale(), getTranslations("resident"), getFormatter()]);
  const [gemeenten, programme] = await Promise.all([
    gemeenteNames(o.service_area),
    organizationProgramme(o.id, locale),
  ]);
  const areaName = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch
        path={`/organisaties/${o.slug}`}
        locale={locale}
        label={t("language")}
        locales={LOCALES}
        names={LOCALE_NAMES}
      />
      <p>
        <Link href={localePath(locale, "/zoeken")}>{t("backToSearch")}</Link>
      </p>
      <h1>{o.name}</h1>
      <h2>{t("description")}</h2>
      <DutchText text={o.description} locale={locale} />
      <DutchNote locale={locale} />
      <h2>{t("contact")}</h2>
      <dl className="facts">
        <ContactFacts
          phone={o.phone}
          email={o.email}
          website={o.website}
          t={{ phone: t("phone"), email: t("email"), website: t("website") }}
        />
        <dt>{t("serviceArea")}</dt>
        <dd>{format.list(o.service_area.map(areaName), { type: "conjunction" })}</dd>
      </dl>
      <h2>{t("facilities")}</h2>
      <MapToggle
        small
        labels={mapLabels(t, locale)}
        skipTo="facility-list"
        points={o.facilities.map((f) => facilityPoint(f, locale))}
      />
      <ul id="facility-list" tabIndex={-1}>
        {o.facilities.map((f) => (
          <li key={f.slug}>
            <Link href={localePath(locale, `/locaties/${f.slug}`)}>{f.name}</Link>, {f.place}
          </li>
        ))}
      </ul>
      <h2>{t("services")}</h2>
      <ul>
        {o.services.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ul>
      <FacilityProgramme
        items={programme.items}
        total={programme.total}
        locale={locale}
        showPlace
        links={{ ics: await publicUrl(`/api/v1/organizations/${o.slug}/activities.ics`) }}
      />
    </main>
  );
}
