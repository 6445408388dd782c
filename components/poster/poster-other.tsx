import { nextDates, type PosterGroups } from "@/lib/activities/poster";

import { Both, Dutch } from "./both";
import { Facts } from "./poster-week";
import type { PosterWords } from "./poster-words";

// "Niet elke week": every other week, monthly and one-off activities, each with its rule in words ("elke laatste
// vrijdag van de maand, 17:30–20:00") and the next dates it happens.
export function PosterOther({ other, words }: { other: PosterGroups["other"]; words: readonly PosterWords[] }) {
  const [w] = words;
  if (!w || other.length === 0) return null;
  return (
    <section aria-labelledby="poster-other" className="poster-section">
      <h2 id="poster-other">
        <Both words={words} text={(x) => x.t("notEveryWeek")} />
      </h2>
      <ul className="poster-list">
        {other.map((item) => {
          const a = item.activity;
          const dates = nextDates(item.next).map((n) => n.date);
          return (
            <li key={a.id}>
              <strong className="poster-name">
                <Dutch text={a.name} locale={w.locale} />
              </strong>
              <span className="poster-facts">
                <Facts item={item} words={words} />
              </span>
              <span className="poster-rule">
                <Both words={words} text={(x) => x.rule(a)} block />
              </span>
              {dates.length > 0 && (
                <span className="poster-next">
                  <Both
                    words={words}
                    text={(x) => x.t("next", { count: dates.length, dates: x.list(dates.map(x.date)) })}
                    block
                  />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
