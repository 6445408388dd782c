import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";

import { localePath, type Locale } from "@/lib/i18n/locales";
import { hoursInWords } from "@/lib/i18n/referral";
import { termExplanations } from "@/lib/i18n/term-explanations";
import { termName } from "@/lib/i18n/term-name";
import { weekHours } from "@/lib/opening-hours";
import { languageName } from "@/lib/reference/languages";
import type { TFacilityDetail } from "@/lib/schemas/facility";

import { DutchText, DutchWords } from "../dutch-text";

type Service = TFacilityDetail["services"][number];
type Gemeente = { code: string; name: string };
// termExplanations still names the first three languages in its type; its sentences cover all six.
type TermLocale = Parameters<typeof termExplanations>[1];

// The services offered at the facility: what each is, what differs here, how to get in, what it costs, for whom, in
// which languages, by whom (when not the facility's own operator) and where that organisation works.
export function FacilityServices(p: { f: TFacilityDetail; locale: Locale; gemeenten: Gemeente[] }) {
  const t = useTranslations("resident");
  if (p.f.services.length === 0) return null;
  return (
    <>
      <h2>{t("services")}</h2>
      <ul className="services">
        {p.f.services.map((s) => (
          <ServiceItem key={s.id} s={s} operator={p.f.operator?.slug} locale={p.locale} gemeenten={p.gemeenten} />
        ))}
      </ul>
    </>
  );
}

function ServiceItem(p: { s: Service; operator: string | undefined; locale: Locale; gemeenten: Gemeente[] }) {
  const { s, locale } = p;
  const t = useTranslations("resident");
  const format = useFormatter();
  const list = (names: string[]) => format.list(names, { type: "conjunction" });
  const areaName = (code: string) => p.gemeenten.find((g) => g.code === code)?.name ?? code;
  return (
    <li>
      <h3>{s.name}</h3>
      <ul className="tags">
        {s.categories.map((c) => (
          <li key={c.code}>{termName(c, locale)}</li>
        ))}
      </ul>
      {termExplanations(s.categories, locale as TermLocale).map((x) => (
        <p key={x.code} className="explain">
          <strong>{x.name}:</strong> {x.text}
        </p>
      ))}
      <DutchText text={s.description} locale={locale} />
      {s.here?.note && (
        <p>
          <strong>{t("hereNote")}:</strong> <DutchWords text={s.here.note} locale={locale} />
        </p>
      )}
      {s.here?.opening_hours && (
        <p>
          <strong>{t("hereHours")}:</strong> {hoursText(s.here.opening_hours, locale)}
        </p>
      )}
      <p className="meta">
        <span>{s.access.map((x) => t(`howToGetIn.${x}`)).join(", ")}</span>
        <span>
          {t(`cost.${s.cost}`)}
          {s.cost_text && <DutchWords before=" (" text={s.cost_text} after=")" locale={locale} />}
        </span>
      </p>
      {s.audiences.length > 0 && (
        <p>
          {t("audiences")}: {list(s.audiences.map((x) => termName(x, locale)))}
        </p>
      )}
      <p>
        {t("languages")}: {list(s.languages.map((l) => languageName(l, locale)))}
      </p>
      {s.organization.slug !== p.operator && (
        <p>
          <Link href={localePath(locale, `/organisaties/${s.organization.slug}`)}>{s.organization.name}</Link>
        </p>
      )}
      {s.organization.service_area.length > 0 && (
        <p>
          {t("serviceArea")}: {list(s.organization.service_area.map(areaName))}
        </p>
      )}
    </li>
  );
}

/** A service's own hours at this facility, in words ("dinsdag 9:00–12:00"); the raw text if it cannot be read. */
function hoursText(value: string, locale: Locale): string {
  const w = weekHours(value, new Date());
  return w ? hoursInWords(w, locale).join("; ") || value : value;
}
