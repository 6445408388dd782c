import { useLocale, useTranslations } from "next-intl";

import { formatDistance, INTL } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { TOccurrence } from "@/lib/schemas/occurrence";

// Activity dates, by day: time, what, where and how far. A cancelled date stays in the list, struck through and
// said in words ("Gaat niet door: …"), so someone who goes every week sees why not this time.

/** "13:00" from "2026-12-08T13:00:00+01:00": the wall-clock time where the facility is. */
export const clockOf = (iso: string) => iso.slice(11, 16);

/** "dinsdag 8 december" for a calendar date (yyyy-mm-dd), in the page's language. */
export const dayLabel = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL[locale], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );

export function OccurrenceItem({ o, showPlace = true }: { o: TOccurrence; showPlace?: boolean }) {
  const t = useTranslations("activities.page");
  const kindName = useTranslations("activities.kinds");
  const locale = useLocale();
  const time = `${clockOf(o.start)}–${clockOf(o.end)}`;
  const what = (
    <>
      <span className="when">{time}</span> <strong>{o.name}</strong> <span className="kind">({kindName(o.kind)})</span>
    </>
  );
  return (
    <li className={o.cancelled ? "occurrence cancelled" : "occurrence"}>
      <p>{o.cancelled ? <del>{what}</del> : what}</p>
      {o.cancelled && (
        <p className="problem-text">{o.reason ? t("cancelledReason", { reason: o.reason }) : t("cancelled")}</p>
      )}
      {o.moved_from && <p>{t("moved", { date: dayLabel(o.moved_from, locale) })}</p>}
      {o.summary && <p>{o.summary}</p>}
      <p className="facts">
        {o.cost === "free" ? t("free") : (o.cost_text ?? t("contribution"))}
        {o.registration === "required" ? ` · ${o.registration_text ?? t("registration")}` : ""}
      </p>
      {showPlace && (
        <p>
          <a href={localePath(locale, `/locaties/${o.facility.slug}`)}>{o.facility.name}</a>,{" "}
          {o.facility.address.street} {o.facility.address.house_number}
          {o.facility.address.house_number_addition ?? ""}, {o.facility.address.place}
          {o.distance_m !== null ? ` · ${formatDistance(o.distance_m, locale)}` : ""}
        </p>
      )}
    </li>
  );
}

/** The dates grouped by day, each day a heading. */
export function OccurrenceDays({
  items,
  today,
  tomorrow,
  headingLevel = 2,
}: {
  items: TOccurrence[];
  today: string;
  tomorrow: string;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("activities.page");
  const locale = useLocale();
  const days = new Map<string, TOccurrence[]>();
  for (const o of items) days.set(o.date, [...(days.get(o.date) ?? []), o]);
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {[...days].map(([date, list]) => (
        <section key={date} aria-labelledby={`dag-${date}`}>
          <H id={`dag-${date}`}>
            {t("dayHeading", {
              rel: date === today ? "today" : date === tomorrow ? "tomorrow" : "other",
              date: dayLabel(date, locale),
            })}
          </H>
          <ul className="occurrences">
            {list.map((o) => (
              <OccurrenceItem key={`${o.activity_id} ${o.start}`} o={o} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
