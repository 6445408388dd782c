import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { withBackLink } from "@/lib/back-link";
import { formatDistance, travelTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import type { ResidentT } from "@/lib/i18n/resident-translator";
import { termExplanations } from "@/lib/i18n/term-explanations";
import { termName } from "@/lib/i18n/term-name";
import type { TFacilityListItem } from "@/lib/schemas/facility";

/** Open, closed, opens at …: what the card says about now. */
function statusText(f: TFacilityListItem, t: ResidentT): string {
  if (f.status === "temporarily_closed") return t("temporarilyClosed");
  if (f.temporary_status === "closed") return t("todayClosed");
  if (f.temporary_status === "open") return t("todayOpen");
  if (f.open_now === null) return t("hoursUnknown");
  if (f.open_now) return t("open");
  return f.opens_at ? t("opensAt", { time: f.opens_at }) : t("closed");
}

// One search result: what a resident needs to choose — name, kind, distance, open or not, address, services.
/** `back`: the search this card is listed in, so the facility page's "Terug naar zoeken" returns to it. */
export function FacilityCard({ f, back }: { f: TFacilityListItem; back?: string }) {
  const t = useTranslations("resident");
  const locale = useLocale();
  const a = f.address;
  const travel = f.distance_m === undefined ? null : travelTime(f.distance_m);
  const page = localePath(locale, `/locaties/${f.slug}`);
  return (
    <li className="card" data-id={f.id}>
      <h3>
        <Link href={back ? withBackLink(page, back) : page}>{f.name}</Link>
      </h3>
      <p className="meta">
        <span>{t(`types.${f.type}`)}</span>
        {f.distance_m !== undefined && (
          <span>
            <bdi>{formatDistance(f.distance_m, locale)}</bdi>
            {travel && (
              <> · {travel.mode === "walk" ? t("walk", { min: travel.minutes }) : t("bike", { min: travel.minutes })}</>
            )}
          </span>
        )}
        <span className={f.open_now ? "open" : "closed"}>{statusText(f, t)}</span>
      </p>
      {/* Dutch addresses keep their own direction inside Arabic text. */}
      <p>
        <bdi>
          {a.street} {a.house_number}
          {a.house_number_addition ?? ""}, {a.postcode} {a.place}
        </bdi>
      </p>
      {f.services.length > 0 && (
        <ul className="tags" aria-label={t("services")}>
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
