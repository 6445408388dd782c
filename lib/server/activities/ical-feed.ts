import "server-only";

import { createTranslator } from "next-intl";
import type pg from "pg";

import { buildCalendar, type IcalEvent } from "../../activities/ical";
import { getReadPool } from "../../db";
import { INTL } from "../../format";
import { CATALOGS } from "../../i18n/catalogs";
import { localePath, type Locale } from "../../i18n/locales";
import { onIntlError } from "../../i18n/on-error";
import { publicBase, publicUrl } from "../../public-url";
import { amsterdamDate } from "../../time/amsterdam";
import { loadIcalEvents, type FeedActivityRow, type FeedData, type FeedScope } from "./load-ical-events";

// An iCalendar feed of activities: a facility's programme, an organisation's, or any set of activities (a search's),
// as the text of a subscribable .ics — the words (cost, registration, a moved date's note) in `lang`, what the
// organisation wrote as it wrote it. Public reads: the replica unless a pool is given.

export type { FeedScope } from "./load-ical-events";

export type IcalFeedOptions = {
  /** the calendar's name as apps show it; feedName() gives "<name>: activiteiten" */
  name: string;
  scope: FeedScope;
  lang?: Locale;
  now?: Date;
  pool?: pg.Pool;
};

const words = (lang: Locale) => ({
  calendar: createTranslator({
    locale: lang,
    messages: CATALOGS[lang],
    namespace: "activities.calendar",
    onError: onIntlError,
  }),
  kinds: createTranslator({
    locale: lang,
    messages: CATALOGS[lang],
    namespace: "activities.kinds",
    onError: onIntlError,
  }),
  cost: createTranslator({ locale: lang, messages: CATALOGS[lang], namespace: "resident.cost", onError: onIntlError }),
});
type Words = ReturnType<typeof words>;

/** "Buurthuis De Waag: activiteiten" in `lang`. */
export const feedName = (name: string, lang: Locale = "nl"): string => words(lang).calendar("name", { name });

const longDate = (date: string, lang: Locale) =>
  new Intl.DateTimeFormat(INTL[lang], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );

const address = (a: FeedActivityRow) =>
  `${a.facility_name}, ${a.street} ${a.house_number}${a.house_number_addition ?? ""}, ${a.postcode} ${a.place}`;

function description(a: FeedActivityRow, w: Words, url: string): string[] {
  const cost = w.cost(a.cost as "free" | "contribution" | "paid");
  return [
    ...(a.summary ? [a.summary] : []),
    ...(a.organiser ? [w.calendar("organiser", { name: a.organiser })] : []),
    a.cost_text ? w.calendar("costWithText", { cost, text: a.cost_text }) : cost,
    ...(a.registration === "required"
      ? [
          a.registration_text
            ? w.calendar("registration", { text: a.registration_text })
            : w.calendar("registrationRequired"),
        ]
      : a.registration_text
        ? [a.registration_text]
        : []),
    w.calendar("moreInfo", { url }),
  ];
}

export function toIcalEvents(data: FeedData, lang: Locale): IcalEvent[] {
  const w = words(lang);
  const byActivity = new Map<string, FeedData["exceptions"]>();
  for (const e of data.exceptions) byActivity.set(e.activity_id, [...(byActivity.get(e.activity_id) ?? []), e]);
  return data.activities.flatMap((a): IcalEvent[] => {
    // A rule that gives no date at all (valid_until before its first weekday) has nothing to subscribe to.
    if (!a.first_day) return [];
    const url = publicUrl(localePath(lang, `/locaties/${a.slug}`));
    return [
      {
        id: a.id,
        name: a.name,
        description: description(a, w, url),
        categories: [w.kinds(a.kind as Parameters<Words["kinds"]>[0])],
        timeZone: a.time_zone,
        rrule: a.rrule,
        validUntil: a.valid_until,
        first: { date: a.first_day, startMinute: a.start_minute, endMinute: a.end_minute },
        exceptions: (byActivity.get(a.id) ?? []).map((e) => ({
          date: e.day,
          kind: e.kind,
          onRule: e.on_rule,
          to:
            e.kind === "moved" && e.new_day
              ? { date: e.new_day, startMinute: e.new_start_minute, endMinute: e.new_end_minute }
              : null,
          note:
            e.kind === "moved"
              ? e.reason
                ? w.calendar("movedWithReason", { date: longDate(e.day, lang), reason: e.reason })
                : w.calendar("moved", { date: longDate(e.day, lang) })
              : e.reason
                ? w.calendar("cancelledWithReason", { reason: e.reason })
                : w.calendar("cancelled"),
        })),
        holidays: data.holidays.get(a.id) ?? [],
        sequence: a.sequence,
        updatedAt: a.updated_at,
        location: address(a),
        geo: { lat: a.lat, lng: a.lng },
        url,
      },
    ];
  });
}

/** The feed's text (text/calendar); lib/http/calendar.ts answers with it. */
export async function icalFeed(opts: IcalFeedOptions): Promise<string> {
  const lang = opts.lang ?? "nl";
  const data = await loadIcalEvents(opts.pool ?? getReadPool(), opts.scope, amsterdamDate(opts.now ?? new Date()));
  return buildCalendar({ name: opts.name, host: publicBase().hostname, events: toIcalEvents(data, lang) });
}
