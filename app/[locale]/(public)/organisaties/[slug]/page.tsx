import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ContactFacts } from "@/components/contact-facts";
import { DutchNote, DutchText } from "@/components/dutch-text";
import { LanguageSwitch } from "@/components/language-switch";
import { MapToggle } from "@/components/map";
import { mapLabels } from "@/lib/i18n/map-labels";
import { dirOf, localeFrom, MESSAGES, withLang } from "@/lib/i18n/messages";
import { withPathLocale } from "@/lib/i18n/page-params";
import { facilityPoint } from "@/lib/map/points";
import { gemeenteNames } from "@/lib/server/listings/list-gemeenten";
import { getOrganizationBySlug } from "@/lib/server/listings/list-organizations";
import { loadBySlug, type SlugPageProps } from "@/lib/server/listings/load-by-slug";

// /organisaties/[slug] — an organisation: what it does, how to reach it, where it works.
export const dynamic = "force-dynamic";

type Props = SlugPageProps;
const load = async (props: Props) => (await loadBySlug(props, getOrganizationBySlug)) ?? notFound();

export async function generateMetadata(props: Props): Promise<Metadata> {
  const o = await load(props);
  return { title: `${o.name} — Buurtwijzer`, description: o.description };
}

export default async function OrganizationPage(props: Props) {
  const o = await load(props);
  const locale = localeFrom((await withPathLocale(props.searchParams)).lang);
  const t = MESSAGES[locale];
  const gemeenten = await gemeenteNames(o.service_area);
  const areaName = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch path={`/organisaties/${o.slug}`} locale={locale} label={t.language} />
      <p>
        <Link href={withLang("/zoeken", locale)}>{t.backToSearch}</Link>
      </p>
      <h1>{o.name}</h1>
      <h2>{t.description}</h2>
      <DutchText text={o.description} locale={locale} />
      <DutchNote t={t} locale={locale} />
      <h2>{t.contact}</h2>
      <dl className="facts">
        <ContactFacts phone={o.phone} email={o.email} website={o.website} t={t} />
        <dt>{t.serviceArea}</dt>
        <dd>{o.service_area.map(areaName).join(", ")}</dd>
      </dl>
      <h2>{t.facilities}</h2>
      <MapToggle
        small
        labels={mapLabels(t)}
        skipTo="facility-list"
        points={o.facilities.map((f) => facilityPoint(f, locale))}
      />
      <ul id="facility-list" tabIndex={-1}>
        {o.facilities.map((f) => (
          <li key={f.slug}>
            <Link href={withLang(`/locaties/${f.slug}`, locale)}>{f.name}</Link>, {f.place}
          </li>
        ))}
      </ul>
      <h2>{t.services}</h2>
      <ul>
        {o.services.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ul>
    </main>
  );
}
