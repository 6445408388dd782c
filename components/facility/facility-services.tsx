import Link from "next/link";

import { INTL } from "@/lib/format";
import { withLang, type Locale, type Messages } from "@/lib/i18n/messages";
import { hoursInWords } from "@/lib/i18n/referral";
import { termExplanations } from "@/lib/i18n/term-explanations";
import { termName } from "@/lib/i18n/term-name";
import { weekHours } from "@/lib/opening-hours";
import { languageName } from "@/lib/reference/languages";
import type { TFacilityDetail } from "@/lib/schemas/facility";

import { DutchText, DutchWords } from "../dutch-text";

type Service = TFacilityDetail["services"][number];
type Gemeente = { code: string; name: string };

// The services offered at the facility: what each is, what differs here, how to get in, what it costs, for whom, in
// which languages, by whom (when not the facility's own operator) and where that organisation works.
export function FacilityServices(p: { f: TFacilityDetail; t: Messages; locale: Locale; gemeenten: Gemeente[] }) {
  if (p.f.services.length === 0) return null;
  return (
    <>
      <h2>{p.t.services}</h2>
      <ul className="services">
        {p.f.services.map((s) => (
          <ServiceItem
            key={s.id}
            s={s}
            operator={p.f.operator?.slug}
            t={p.t}
            locale={p.locale}
            gemeenten={p.gemeenten}
          />
        ))}
      </ul>
    </>
  );
}

function ServiceItem({
  s,
  operator,
  t,
  locale,
  gemeenten,
}: {
  s: Service;
  operator: string | undefined;
  t: Messages;
  locale: Locale;
  gemeenten: Gemeente[];
}) {
  const areaName = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  return (
    <li>
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
      <DutchText text={s.description} locale={locale} />
      {s.here?.note && (
        <p>
          <strong>{t.hereNote}:</strong> <DutchWords text={s.here.note} locale={locale} />
        </p>
      )}
      {s.here?.opening_hours && (
        <p>
          <strong>{t.hereHours}:</strong> {hoursText(s.here.opening_hours, locale)}
        </p>
      )}
      <p className="meta">
        <span>{s.access.map((x) => t.howToGetIn[x]).join(", ")}</span>
        <span>
          {t.cost[s.cost]}
          {s.cost_text && <DutchWords before=" (" text={s.cost_text} after=")" locale={locale} />}
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
      {s.organization.slug !== operator && (
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
  );
}

/** A service's own hours at this facility, in words ("dinsdag 9:00–12:00"); the raw text if it cannot be read. */
function hoursText(value: string, locale: Locale): string {
  const w = weekHours(value, new Date());
  return w ? hoursInWords(w, locale).join("; ") || value : value;
}
