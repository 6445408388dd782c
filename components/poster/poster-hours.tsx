import { WEEKDAYS } from "@/lib/activities/rule";
import { weekHours } from "@/lib/opening-hours";
import { parseWeek } from "@/lib/opening-hours-week";

import { Both } from "./both";
import type { PosterWords } from "./poster-words";

// The regular opening hours, Monday to Sunday, without this week's dates (a poster hangs for weeks). Hours that are
// more than a plain week (exceptions, public holidays) are read for the current week instead.

function regularWeek(value: string | null, now: Date): [string, string][][] | null {
  if (!value?.trim()) return null; // parseWeek reads "" as closed every day; no hours given is unknown
  const week = parseWeek(value);
  if (week) return week.days;
  return weekHours(value, now, "monday")?.map((d) => d.intervals) ?? null;
}

export function PosterHours({
  value,
  active,
  words,
  now,
}: {
  value: string | null;
  active: boolean;
  words: readonly PosterWords[];
  now: Date;
}) {
  const days = active ? regularWeek(value, now) : null;
  return (
    <section aria-labelledby="poster-hours" className="poster-section poster-hours">
      <h2 id="poster-hours">
        <Both words={words} text={(x) => x.t("openingHours")} />
      </h2>
      {days ? (
        <table>
          <tbody>
            {WEEKDAYS.map((day, i) => {
              const open = days[i] ?? [];
              return (
                <tr key={day}>
                  <th scope="row">
                    <Both words={words} text={(x) => x.weekday(day)} />
                  </th>
                  <td>
                    {open.length ? (
                      <bdi>{open.map(([a, b]) => `${a}–${b}`).join(", ")}</bdi>
                    ) : (
                      <Both words={words} text={(x) => x.t("closed")} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>
          <Both words={words} text={(x) => x.t("hoursUnknown")} />
        </p>
      )}
    </section>
  );
}
