import { INTL } from "@/lib/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { DayHours } from "@/lib/opening-hours";

// This week's opening hours as a table, today marked in text (not by colour alone).
export function WeekHours({
  week,
  t,
  locale,
  caption,
}: {
  week: DayHours[];
  t: Messages;
  locale: Locale;
  caption: string;
}) {
  const dayName = new Intl.DateTimeFormat(INTL[locale], { weekday: "long", day: "numeric", month: "short" });
  return (
    <table className="hours">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.day}</th>
          <th scope="col">{t.hours}</th>
        </tr>
      </thead>
      <tbody>
        {week.map((d) => (
          <tr key={d.weekday} className={d.today ? "today" : undefined} aria-current={d.today ? "date" : undefined}>
            <th scope="row">
              {dayName.format(d.date)}
              {d.today ? ` (${t.today})` : ""}
            </th>
            <td>
              <bdi>{d.intervals.length ? d.intervals.map(([a, b]) => `${a}–${b}`).join(", ") : t.closedDay}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
