import { getTranslations } from "next-intl/server";

import { clockOf, dayLabel } from "@/components/activities/occurrence-list";
import { DutchWords } from "@/components/dutch-text";
import { parseRRule, WEEKDAYS } from "@/lib/activities/rule";
import { describeRule } from "@/lib/activities/rule-text";
import { INTL } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { ruleWords } from "@/lib/i18n/rule-words";
import type { ProgrammeItem } from "@/lib/server/activities/get-programme";

import { ProgrammeLinks, type Links, type T } from "./programme-links";

// "Programma" on a facility (or organisation) page: the week at a glance (each weekday with what is on, monthly ones
// with their rule), then each activity with its rule in words and its next dates — a cancelled one struck through
// and said in words. Links to subscribe in a calendar, to the window poster and to what else is on nearby.

const weekdayName = (locale: Locale, i: number) =>
  new Intl.DateTimeFormat(INTL[locale], { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2026, 0, 5 + i)),
  );

const ruleText = (a: ProgrammeItem["activity"], locale: Locale) =>
  describeRule(parseRRule(a.rrule, a.valid_from), ruleWords(locale), locale, {
    validFrom: a.valid_from,
    validUntil: a.valid_until,
    start: a.start_time,
    end: a.end_time,
  });

export async function FacilityProgramme({
  items,
  locale,
  links,
  headingId = "programma",
  showPlace = false,
  total,
}: {
  items: ProgrammeItem[];
  locale: Locale;
  links?: Links;
  headingId?: string;
  /** an organisation's programme: say where each activity is */
  showPlace?: boolean;
  /** how many activities there are when `items` shows only the first of them */
  total?: number;
}) {
  const t = await getTranslations({ locale, namespace: "activities" });
  if (items.length === 0)
    return links?.nearby ? (
      <p>
        <a href={links.nearby}>{t("page.nearby")}</a>
      </p>
    ) : null;
  return (
    <section aria-labelledby={headingId} className="programme">
      <h2 id={headingId}>{t("page.programme")}</h2>
      {total !== undefined && total > items.length && (
        <p>{t("page.moreOnLocations", { shown: items.length, total })}</p>
      )}
      <WeekTable items={items} locale={locale} t={t} showPlace={showPlace} />
      <ul className="activities">
        {items.map((item) => (
          <ActivityItem key={item.activity.id} item={item} locale={locale} t={t} showPlace={showPlace} />
        ))}
      </ul>
      {links && <ProgrammeLinks links={links} t={t} />}
    </section>
  );
}

function WeekTable({
  items,
  locale,
  t,
  showPlace,
}: {
  items: ProgrammeItem[];
  locale: Locale;
  t: T;
  showPlace: boolean;
}) {
  const byDay = WEEKDAYS.map((day, i) => ({
    name: weekdayName(locale, i),
    items: items
      .filter(({ activity: a }) => {
        const r = parseRRule(a.rrule, a.valid_from);
        if (r.freq === "weekly") return r.days.includes(day);
        return r.freq === "monthly" && r.days.some((d) => d.day === day);
      })
      .sort((x, y) => x.activity.start_time.localeCompare(y.activity.start_time)),
  })).filter((d) => d.items.length > 0);
  return (
    <table className="week-programme">
      <caption className="sr-only">{t("page.weekCaption")}</caption>
      <tbody>
        {byDay.map((d) => (
          <tr key={d.name}>
            <th scope="row">{d.name}</th>
            <td>
              <ul>
                {d.items.map(({ activity: a, facility }) => {
                  const r = parseRRule(a.rrule, a.valid_from);
                  const unusual = r.freq === "monthly" || (r.freq === "weekly" && r.step > 1);
                  return (
                    <li key={a.id}>
                      {a.start_time}–{a.end_time} <DutchWords text={a.name} locale={locale} />
                      {unusual ? ` (${ruleText(a, locale)})` : ""}
                      {showPlace ? ` · ${facility.name}` : ""}
                    </li>
                  );
                })}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ActivityItem({
  item,
  locale,
  t,
  showPlace,
}: {
  item: ProgrammeItem;
  locale: Locale;
  t: T;
  showPlace: boolean;
}) {
  const { activity: a, next, facility } = item;
  return (
    <li>
      <h3>
        <DutchWords text={a.name} locale={locale} />
      </h3>
      {showPlace && (
        <p>
          <a href={localePath(locale, `/locaties/${facility.slug}`)}>{facility.name}</a>
        </p>
      )}
      <p>
        {t(`kinds.${a.kind}`)} · {ruleText(a, locale)}
      </p>
      {a.summary && (
        <p lang={locale === "nl" ? undefined : "nl"} dir="auto">
          {a.summary}
        </p>
      )}
      <p>
        {a.cost === "free" ? t("page.free") : (a.cost_text ?? t("page.contribution"))}
        {a.registration === "required" ? ` · ${a.registration_text ?? t("page.registration")}` : ""}
      </p>
      {next.length > 0 && (
        <>
          <p>{t("page.nextDates")}</p>
          <ul className="next-dates">
            {next.map((o) => {
              const when = `${dayLabel(o.date, locale)}, ${clockOf(o.start)}–${clockOf(o.end)}`;
              const why = o.reason ? t("page.cancelledReason", { reason: o.reason }) : t("page.cancelled");
              return (
                <li key={o.start}>
                  {o.cancelled ? (
                    <>
                      <del>{when}</del> {why}
                    </>
                  ) : (
                    when
                  )}
                  {o.moved_from ? ` (${t("page.moved", { date: dayLabel(o.moved_from, locale) })})` : ""}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </li>
  );
}
