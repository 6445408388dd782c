import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LanguageSwitch } from "@/components/language-switch";
import { MapToggle } from "@/components/map";
import { ReportForm } from "@/components/report-form";
import { Share } from "@/components/share";
import { WeekHours } from "@/components/week-hours";
import { backLinkIn, readBackLink } from "@/lib/back-link";
import { INTL } from "@/lib/format";
import { mapLabels } from "@/lib/i18n/map-labels";
import { dirOf, localeFrom, MESSAGES, withLang } from "@/lib/i18n/messages";
import { hoursInWords } from "@/lib/i18n/referral";
import { REPORT_ERRORS } from "@/lib/i18n/report";
import { termExplanations } from "@/lib/i18n/term-explanations";
import { termName } from "@/lib/i18n/term-name";
import { weekHours } from "@/lib/opening-hours";
import { publicUrl } from "@/lib/public-url";
import { languageName } from "@/lib/reference/languages";
import { getFacilityBySlug } from "@/lib/server/get-facility-by-slug";
import { gemeenteNames } from "@/lib/server/list-gemeenten";
import { loadBySlug, type SlugPageProps } from "@/lib/server/load-by-slug";
import { formToken } from "@/lib/server/reports";
import { formatDate } from "@/lib/time";

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
  const sp = await props.searchParams;
  const locale = localeFrom(sp.lang);
  const reported = typeof sp.melding === "string" ? sp.melding : null;
  const t = MESSAGES[locale];
  // Back to the search the reader came from (a resident's in this page's language; a worker's /verwijzen as it was).
  const back = readBackLink(sp.terug);
  const backHref = !back ? withLang("/zoeken", locale) : back.startsWith("/zoeken") ? backLinkIn(back, locale) : back;
  const a = f.address;
  const codes = [...new Set(f.services.flatMap((s) => s.organization.service_area))];
  const gemeenten = await gemeenteNames(codes);
  const areaName = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  const week = f.status === "active" ? weekHours(f.opening_hours, new Date(), "today") : null;
  // A service's own hours at this facility, in words ("dinsdag 9:00–12:00"); the raw text if it cannot be read.
  const hoursText = (value: string) => {
    const w = weekHours(value, new Date());
    return w ? hoursInWords(w, locale).join("; ") || value : value;
  };

  const addressLine = `${a.street} ${a.house_number}${a.house_number_addition ?? ""}, ${a.postcode} ${a.place}`;
  const status =
    f.status === "closed"
      ? t.closedForGood
      : f.status === "temporarily_closed"
        ? t.temporarilyClosed
        : f.open_now === null
          ? t.hoursUnknown
          : f.open_now
            ? t.open
            : t.closed;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "CivicStructure",
    name: f.name,
    description: f.description,
    address: {
      "@type": "PostalAddress",
      streetAddress: `${a.street} ${a.house_number}${a.house_number_addition ?? ""}`,
      postalCode: a.postcode,
      addressLocality: a.place,
      addressCountry: "NL",
    },
    geo: { "@type": "GeoCoordinates", latitude: f.lat, longitude: f.lng },
    ...(f.phone ? { telephone: f.phone } : {}),
    ...(f.opening_hours ? { openingHours: f.opening_hours } : {}),
  };
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
      <h1>{f.name}</h1>
      <p className="meta">
        <span>{t.types[f.type]}</span> <span className={f.open_now ? "open" : "closed"}>{status}</span>
      </p>
      {f.temporary_status && (
        <p className={f.temporary_status.state === "closed" ? "warning" : "notice"}>
          <strong>{f.temporary_status.state === "closed" ? t.todayClosed : t.todayOpen}</strong>
          {f.temporary_status.reason ? `: ${f.temporary_status.reason}` : ""}
        </p>
      )}
      {f.description && <p>{f.description}</p>}

      <h2>{t.address}</h2>
      <p>
        <bdi>{addressLine}</bdi>
      </p>
      <ul>
        <li>
          <a href={`geo:${f.lat},${f.lng}`}>{t.routeApp}</a>
        </li>
        <li>
          <a href={`https://www.openstreetmap.org/directions?to=${f.lat}%2C${f.lng}`}>{t.routeMap}</a>
        </li>
      </ul>
      <MapToggle
        small
        labels={mapLabels(t)}
        points={[
          {
            id: f.slug,
            slug: f.slug,
            name: f.name,
            type: f.type,
            lat: f.lat,
            lng: f.lng,
            href: withLang(`/locaties/${f.slug}`, locale),
          },
        ]}
      />

      <h2>{t.openingHours}</h2>
      {week ? <WeekHours week={week} t={t} locale={locale} caption={status} /> : <p>{t.hoursUnknown}</p>}

      <h2>{t.contact}</h2>
      <dl className="facts">
        {f.phone && (
          <>
            <dt>{t.phone}</dt>
            <dd>
              <a href={`tel:${f.phone.replaceAll(" ", "")}`}>{f.phone}</a>
            </dd>
          </>
        )}
        {f.email && (
          <>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${f.email}`}>{f.email}</a>
            </dd>
          </>
        )}
        {f.website && (
          <>
            <dt>{t.website}</dt>
            <dd>
              <a href={f.website}>{f.website.replace(/^https?:\/\//, "")}</a>
            </dd>
          </>
        )}
        <dt>{t.wheelchairAccess}</dt>
        <dd>
          {t.wheelchairValues[f.wheelchair]}
          {f.wheelchair === "unknown" && <span className="explain">{t.wheelchairUnknownHelp}</span>}
        </dd>
        <dt>{t.runBy}</dt>
        <dd>
          {f.operator ? (
            <Link href={withLang(`/organisaties/${f.operator.slug}`, locale)}>{f.operator.name}</Link>
          ) : (
            t.volunteers
          )}
        </dd>
        {f.last_verified_at && (
          <>
            <dt>{t.lastChecked}</dt>
            <dd>{formatDate(f.last_verified_at, locale, "date-long")}</dd>
          </>
        )}
      </dl>

      {f.services.length > 0 && (
        <>
          <h2>{t.services}</h2>
          <ul className="services">
            {f.services.map((s) => (
              <li key={s.id}>
                <h3>{s.name}</h3>
                <ul className="tags">
                  {s.categories.map((c) => (
                    <li key={c.code}>{termName(c, locale)}</li>
                  ))}
                </ul>
                {termExplanations(s.categories, locale).map((x) => (
                  <p key={x.code} className="explain">
                    <strong>{x.name}:</strong> {x.text}
                  </p>
                ))}
                <p>{s.description}</p>
                {s.here?.note && (
                  <p>
                    <strong>{t.hereNote}:</strong> {s.here.note}
                  </p>
                )}
                {s.here?.opening_hours && (
                  <p>
                    <strong>{t.hereHours}:</strong> {hoursText(s.here.opening_hours)}
                  </p>
                )}
                <p className="meta">
                  <span>{s.access.map((x) => t.howToGetIn[x]).join(", ")}</span>
                  <span>
                    {t.cost[s.cost]}
                    {s.cost_text ? ` (${s.cost_text})` : ""}
                  </span>
                </p>
                {s.audiences.length > 0 && (
                  <p>
                    {t.audiences}: {s.audiences.map((x) => termName(x, locale)).join(", ")}
                  </p>
                )}
                <p>
                  {t.languages}:{" "}
                  {new Intl.ListFormat(INTL[locale], { type: "conjunction" }).format(
                    s.languages.map((l) => languageName(l, INTL[locale])),
                  )}
                </p>
                {s.organization.slug !== f.operator?.slug && (
                  <p>
                    <Link href={withLang(`/organisaties/${s.organization.slug}`, locale)}>{s.organization.name}</Link>
                  </p>
                )}
                {s.organization.service_area.length > 0 && (
                  <p>
                    {t.serviceArea}: {s.organization.service_area.map(areaName).join(", ")}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <Share url={await publicUrl(withLang(`/locaties/${f.slug}`, locale))} title={f.name} t={t} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replaceAll("<", "\\u003c") }}
      />
      <section id="melding" aria-labelledby="melding-title">
        <h2 id="melding-title">{t.reportTitle}</h2>
        {reported === "ok" ? (
          <p className="notice" role="status">
            {t.reportThanks}
          </p>
        ) : (
          <>
            {reported === "te-veel" && (
              <p className="problem" role="alert">
                {t.reportTooMany}
              </p>
            )}
            {reported === "fout" && (
              <p className="problem" role="alert">
                {t.reportInvalid}
              </p>
            )}
            <p>{t.reportIntro}</p>
            <ReportForm
              action={sendReport}
              slug={f.slug}
              lang={locale}
              token={formToken()}
              t={{
                message: t.reportMessage,
                contact: t.reportContact,
                send: t.reportSend,
                errors: REPORT_ERRORS[locale],
              }}
            />
          </>
        )}
      </section>
    </main>
  );
}
