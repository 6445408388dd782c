import Link from "next/link";

import { withBackLink } from "@/lib/back-link";
import { formatDistance, travelTime } from "@/lib/format";
import { withLang, type Locale, type Messages } from "@/lib/i18n/messages";
import { termExplanations } from "@/lib/i18n/term-explanations";
import { termName } from "@/lib/i18n/term-name";
import type { TFacilityListItem } from "@/lib/schemas/facility";

// One search result: what a resident needs to choose — name, kind, distance, open or not, address, services.
/** `back`: the search this card is listed in, so the facility page's "Terug naar zoeken" returns to it. */
export function FacilityCard({
  f,
  t,
  locale,
  back,
}: {
  f: TFacilityListItem;
  t: Messages;
  locale: Locale;
  back?: string;
}) {
  const a = f.address;
  const status =
    f.status === "temporarily_closed"
      ? t.temporarilyClosed
      : f.temporary_status === "closed"
        ? t.todayClosed
        : f.temporary_status === "open"
          ? t.todayOpen
          : f.open_now === null
            ? t.hoursUnknown
            : f.open_now
              ? t.open
              : f.opens_at
                ? t.opensAt(f.opens_at)
                : t.closed;
  const travel = f.distance_m === undefined ? null : travelTime(f.distance_m);
  return (
    <li className="card" data-id={f.id}>
      <h3>
        <Link
          href={
            back ? withBackLink(withLang(`/locaties/${f.slug}`, locale), back) : withLang(`/locaties/${f.slug}`, locale)
          }
        >
          {f.name}
        </Link>
      </h3>
      <p className="meta">
        <span>{t.types[f.type]}</span>
        {f.distance_m !== undefined && (
          <span>
            <bdi>{formatDistance(f.distance_m, locale)}</bdi>
            {travel && <> · {travel.mode === "walk" ? t.walk(travel.minutes) : t.bike(travel.minutes)}</>}
          </span>
        )}
        <span className={f.open_now ? "open" : "closed"}>{status}</span>
      </p>
      {/* Dutch addresses keep their own direction inside Arabic text. */}
      <p>
        <bdi>
          {a.street} {a.house_number}
          {a.house_number_addition ?? ""}, {a.postcode} {a.place}
        </bdi>
      </p>
      {f.services.length > 0 && (
        <ul className="tags" aria-label={t.services}>
          {f.services.map((s) => (
            <li key={s.code}>{termName(s, locale)}</li>
          ))}
        </ul>
      )}
      {termExplanations(f.services, locale).map((x) => (
        <p key={x.code} className="explain">
          <strong>{x.name}:</strong> {x.text}
        </p>
      ))}
    </li>
  );
}
