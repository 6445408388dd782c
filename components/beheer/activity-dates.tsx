import { INTL } from "@/lib/format";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";

// An activity's next dates as people read them ("dinsdag 15 december, 13:00–17:00"): a cancelled one struck through,
// with the words "gaat niet door" and the reason (the strike alone says nothing to a screen reader). For the form's
// preview (in the browser too) and the facility's programme.

export type ShownDate = {
  date: string;
  start: string;
  end: string;
  cancelled: boolean;
  reason: string | null;
  movedFrom?: string | null;
};

/** A calendar date (yyyy-mm-dd) with its weekday: no time zone is involved, it is the date where the facility is. */
export const dayName = (date: string, locale: "nl" | "en") =>
  new Intl.DateTimeFormat(INTL[locale], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );

export function ActivityDates({
  dates,
  t,
  locale,
  empty,
}: {
  dates: ShownDate[];
  t: BeheerMessages["activities"];
  locale: "nl" | "en";
  empty?: string;
}) {
  if (dates.length === 0) return <p className="hint">{empty ?? t.noDates}</p>;
  return (
    <ul>
      {dates.map((d) => {
        const when = fill(t.dateTime, { date: dayName(d.date, locale), start: d.start, end: d.end }, locale);
        const moved = d.movedFrom ? ` (${fill(t.movedFrom, { date: dayName(d.movedFrom, locale) }, locale)})` : "";
        return (
          <li key={`${d.date} ${d.start}`}>
            {d.cancelled ? (
              <>
                <s>{when}</s> — {d.reason ? fill(t.cancelledReason, { reason: d.reason }, locale) : t.cancelled}
              </>
            ) : (
              when + moved
            )}
          </li>
        );
      })}
    </ul>
  );
}
