import { cancelledUntil, type PosterGroups, type PosterItem } from "@/lib/activities/poster";
import { isoWeekday, WEEKDAYS } from "@/lib/activities/rule";

import { Both, Dutch } from "./both";
import type { PosterWords } from "./poster-words";

// "Elke week": each weekday with what is on, by start time — the part of the poster people read from across the
// street, so times and names are large. A date in the next weeks that it does not happen is said under it.

export function Facts({ item, words }: { item: PosterItem; words: readonly PosterWords[] }) {
  const a = item.activity;
  return (
    <Both
      words={words}
      text={(w) => (
        <>
          {w.kind(a.kind)} · {w.cost(a.cost)}
          {a.cost_text && w === words[0] ? (
            <>
              {" "}
              (<Dutch text={a.cost_text} locale={w.locale} />)
            </>
          ) : null}
          {a.registration === "required" ? ` · ${w.t("registrationRequired")}` : ""}
        </>
      )}
    />
  );
}

export function PosterWeek({
  week,
  words,
  until,
}: {
  week: PosterGroups["week"];
  words: readonly PosterWords[];
  /** the last date whose cancellation is worth printing (yyyy-mm-dd) */
  until: string;
}) {
  const [w] = words;
  if (!w || week.length === 0) return null;
  return (
    <section aria-labelledby="poster-week" className="poster-section">
      <h2 id="poster-week">
        <Both words={words} text={(x) => x.t("everyWeek")} />
      </h2>
      <div className="poster-days">
        {week.map(({ day, items }) => (
          <section key={day} className="poster-day" aria-labelledby={`poster-day-${day}`}>
            <h3 id={`poster-day-${day}`}>
              <Both words={words} text={(x) => x.weekday(day)} />
            </h3>
            <ul>
              {items.map((item) => {
                const a = item.activity;
                // under Friday only the Fridays it does not happen
                const off = cancelledUntil(item.next, until)
                  .map((n) => n.date)
                  .filter((d) => WEEKDAYS[isoWeekday(d) - 1] === day);
                return (
                  <li key={a.id}>
                    <span className="poster-time">
                      <bdi>
                        {a.start_time}–{a.end_time}
                      </bdi>
                    </span>{" "}
                    <strong className="poster-name">
                      <Dutch text={a.name} locale={w.locale} />
                    </strong>
                    <span className="poster-facts">
                      <Facts item={item} words={words} />
                    </span>
                    {off.length > 0 && (
                      <span className="poster-off">
                        <Both words={words} text={(x) => x.t("notOn", { dates: x.list(off.map(x.date)) })} />
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
