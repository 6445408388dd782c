import { posterGroups, type PosterItem } from "@/lib/activities/poster";
import type { Locale } from "@/lib/i18n/locales";
import type { TFacilityDetail } from "@/lib/schemas/facility";
import { amsterdamDatePlusDays, formatDate } from "@/lib/time";

import "./poster.css";

import { Both } from "./both";
import { PosterControls } from "./poster-controls";
import { PosterHead } from "./poster-head";
import { PosterHours } from "./poster-hours";
import { PosterOther } from "./poster-other";
import { PosterWeek } from "./poster-week";
import { posterWords } from "./poster-words";

// A facility's programme on one A4 for its window: name, address and QR code, what is on every week by weekday, the
// rest with its rule and next dates, the opening hours. Large type, black on white; the screen controls are not
// printed. In the page's language, and in a second one beside it when asked (?tweede=ar).

const WEEKS_OF_CANCELLATIONS = 4;

export async function Poster({
  f,
  items,
  locale,
  second,
  url,
  now,
}: {
  f: TFacilityDetail;
  items: PosterItem[];
  locale: Locale;
  second: Locale | null;
  url: string;
  now: Date;
}) {
  const words = await Promise.all([locale, ...(second ? [second] : [])].map(posterWords));
  const [w] = words;
  if (!w) return null;
  const { week, other } = posterGroups(items);
  return (
    <>
      <PosterControls w={w} slug={f.slug} second={second} />
      <article className={second ? "poster-sheet poster-two" : "poster-sheet"} aria-labelledby="poster-title">
        <PosterHead f={f} words={words} url={url} />
        {week.length === 0 && other.length === 0 && (
          <p className="poster-empty">
            <Both words={words} text={(x) => x.t("empty")} block />
          </p>
        )}
        <PosterWeek week={week} words={words} until={amsterdamDatePlusDays(now, 7 * WEEKS_OF_CANCELLATIONS)} />
        <PosterOther other={other} words={words} />
        <div className="poster-bottom">
          <PosterHours value={f.opening_hours} active={f.status === "active"} words={words} now={now} />
          <footer className="poster-foot">
            <p className="poster-url">{w.t("moreInfo", { url })}</p>
            <p>
              <Both words={words} text={(x) => x.t("asOf", { date: formatDate(now, x.locale, "date-long") })} />
            </p>
            {words
              .filter((x) => x.locale !== "nl")
              .map((x) => (
                <p key={x.locale} lang={x.locale} dir={x.dir} className="poster-note">
                  {x.t("dutchNames")}
                </p>
              ))}
          </footer>
        </div>
      </article>
    </>
  );
}
