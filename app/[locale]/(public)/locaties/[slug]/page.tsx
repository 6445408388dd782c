import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { FacilityAddress } from "@/components/facility/facility-address";
import { FacilityContact } from "@/components/facility/facility-contact";
import { FacilityHeading, facilityStatus } from "@/components/facility/facility-heading";
import { FacilityJsonLd } from "@/components/facility/facility-json-ld";
import { FacilityReport } from "@/components/facility/facility-report";
import { FacilityServices } from "@/components/facility/facility-services";
import { LanguageSwitch } from "@/components/language-switch";
import { Share } from "@/components/share";
import { WeekHours } from "@/components/week-hours";
import { backLinkIn, readBackLink } from "@/lib/back-link";
import { dirOf, localeFrom, MESSAGES, withLang } from "@/lib/i18n/messages";
import { withPathLocale } from "@/lib/i18n/page-params";
import { weekHours } from "@/lib/opening-hours";
import { publicUrl } from "@/lib/public-url";
import { getFacilityBySlug } from "@/lib/server/listings/get-facility-by-slug";
import { gemeenteNames } from "@/lib/server/listings/list-gemeenten";
import { loadBySlug, type SlugPageProps } from "@/lib/server/listings/load-by-slug";
import { formToken } from "@/lib/server/reports/reports";

import { sendReport } from "./actions";

// /locaties/[slug] — one facility, complete without JavaScript: address, route, contact, hours, services.
export const dynamic = "force-dynamic";

type Props = SlugPageProps;
const load = async (props: Props) => (await loadBySlug(props, getFacilityBySlug)) ?? notFound();

export async function generateMetadata(props: Props): Promise<Metadata> {
  const f = await load(props);
  return { title: `${f.name}, ${f.address.place} — Buurtwijzer`, description: f.description };
}

export default async function FacilityPage(props: Props) {
  const f = await load(props);
  const sp = await withPathLocale(props.searchParams);
  const locale = localeFrom(sp.lang);
  const reported = typeof sp.melding === "string" ? sp.melding : null;
  const t = MESSAGES[locale];
  // Back to the search the reader came from (a resident's in this page's language; a worker's /verwijzen as it was).
  const back = readBackLink(sp.terug);
  const backHref = !back ? withLang("/zoeken", locale) : back.startsWith("/zoeken") ? backLinkIn(back, locale) : back;
  const codes = [...new Set(f.services.flatMap((s) => s.organization.service_area))];
  const gemeenten = await gemeenteNames(codes);
  const week = f.status === "active" ? weekHours(f.opening_hours, new Date(), "today") : null;
  const status = facilityStatus(f, t);
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch
        path={`/locaties/${f.slug}`}
        params={{ terug: back ?? undefined }}
        locale={locale}
        label={t.language}
      />
      <p>
        <Link href={backHref}>{t.backToSearch}</Link>
      </p>
      <FacilityHeading f={f} t={t} status={status} locale={locale} />
      <FacilityAddress f={f} t={t} locale={locale} />

      <h2>{t.openingHours}</h2>
      {week ? <WeekHours week={week} t={t} locale={locale} caption={status} /> : <p>{t.hoursUnknown}</p>}

      <FacilityContact f={f} t={t} locale={locale} />
      <FacilityServices f={f} t={t} locale={locale} gemeenten={gemeenten} />
      <Share url={await publicUrl(withLang(`/locaties/${f.slug}`, locale))} title={f.name} t={t} />
      <FacilityJsonLd f={f} />
      <FacilityReport action={sendReport} slug={f.slug} locale={locale} t={t} token={formToken()} reported={reported} />
    </main>
  );
}
