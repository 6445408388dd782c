import { useFormatter, useTranslations } from "next-intl";

import type { DayHours } from "@/lib/opening-hours";

// This week's opening hours as a table, today marked in text (not by colour alone).
export function WeekHours({ week, caption }: { week: DayHours[]; caption: string }) {
  const t = useTranslations("resident");
  const format = useFormatter();
  // weekHours' dates are wall-clock dates (midnight where the server runs): their day, read as a UTC date, is the
  // Amsterdam day whatever the server's time zone.
  const dayName = (d: Date) =>
    format.dateTime(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())), {
      weekday: "long",
      day: "numeric",
      month: "short",
      timeZone: "UTC",
    });
  return (
    <table className="hours">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("day")}</th>
          <th scope="col">{t("hours")}</th>
        </tr>
      </thead>
      <tbody>
        {week.map((d) => (
          <tr key={d.weekday} className={d.today ? "today" : undefined} aria-current={d.today ? "date" : undefined}>
            <th scope="row">
              {dayName(d.date)}
              {d.today ? ` (${t("today")})` : ""}
            </th>
            <td>
              <bdi>{d.intervals.length ? d.intervals.map(([a, b]) => `${a}–${b}`).join(", ") : t("closedDay")}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
