import { describe, expect, it } from "vitest";

import { ZActivityItem } from "../schemas/activity";
import { activitiesJsonLd, type JsonLdFacility } from "./json-ld";

// schema.org Events for a facility's programme: the rule as eventSchedule (byDay URLs, P1W/P2W/P1M, byMonthWeek for
// the n-th weekdays, exceptDate), a one-off with its offset, the place and who organises it.

const facility: JsonLdFacility = {
  name: "Buurthuis De Waag",
  url: "https://www.buurtwijzer.nl/locaties/buurthuis-de-waag-deventer",
  address: { street: "Brink", house_number: "12", house_number_addition: "a", postcode: "7411 BT", place: "Deventer" },
  lat: 52.2551,
  lng: 6.1639,
  operator: { name: "Stichting Buurtwerk Deventer", url: "https://www.buurtwijzer.nl/organisaties/buurtwerk" },
};
const activity = (x: Record<string, unknown>, id = "3f2c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b") => ({
  ...ZActivityItem.parse({ kind: "ontmoeten", name: "Koffieochtend", start_time: "10:00", end_time: "12:00", ...x }),
  id,
});
const one = (x: Record<string, unknown>, next?: Parameters<typeof activitiesJsonLd>[1][number]["next"]) => {
  const [e] = activitiesJsonLd(facility, [{ activity: activity(x), next }]);
  if (!e) throw new Error("no event");
  return e as Record<string, unknown> & { eventSchedule?: Record<string, unknown>[] };
};

describe("activitiesJsonLd", () => {
  it("gives a weekly activity a Schedule with schema.org days, P1W, times, zone and cancelled dates", () => {
    const e = one(
      {
        rrule: "FREQ=WEEKLY;BYDAY=MO,WE",
        valid_from: "2026-01-05",
        valid_until: "2026-12-16",
        summary: "Koffie en een praatje",
        exceptions: [
          { date: "2026-04-13", kind: "cancelled", reason: "Vergadering" },
          { date: "2026-06-15", kind: "moved", new_date: "2026-06-16" },
        ],
      },
      [
        { date: "2026-04-06", start: "2026-04-06T10:00:00+02:00", end: "2026-04-06T12:00:00+02:00", cancelled: true },
        { date: "2026-04-08", start: "2026-04-08T10:00:00+02:00", end: "2026-04-08T12:00:00+02:00", cancelled: false },
      ],
    );
    expect(e).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      "@id": `${facility.url}#activiteit-3f2c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b`,
      name: "Koffieochtend",
      description: "Koffie en een praatje",
      eventStatus: "https://schema.org/EventScheduled",
      startDate: "2026-04-08T10:00:00+02:00",
      isAccessibleForFree: true,
      organizer: { "@type": "Organization", name: "Stichting Buurtwerk Deventer" },
      location: {
        "@type": "Place",
        name: "Buurthuis De Waag",
        address: {
          streetAddress: "Brink 12a",
          postalCode: "7411 BT",
          addressLocality: "Deventer",
          addressCountry: "NL",
        },
        geo: { latitude: 52.2551, longitude: 6.1639 },
      },
    });
    expect(e.eventSchedule).toEqual([
      {
        "@type": "Schedule",
        byDay: ["https://schema.org/Monday", "https://schema.org/Wednesday"],
        repeatFrequency: "P1W",
        startDate: "2026-01-05",
        endDate: "2026-12-16",
        startTime: "10:00",
        endTime: "12:00",
        duration: "PT2H",
        scheduleTimezone: "Europe/Amsterdam",
        exceptDate: ["2026-04-06", "2026-04-13", "2026-06-15"],
      },
    ]);
  });

  it("writes every other week as P2W and the n-th weekdays of the month as byMonthWeek", () => {
    const biweekly = one({ rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", valid_from: "2026-01-08", end_time: "11:30" });
    expect(biweekly.eventSchedule?.[0]).toMatchObject({ repeatFrequency: "P2W", duration: "PT1H30M" });
    expect(biweekly.eventSchedule?.[0]).not.toHaveProperty("byMonthWeek");
    expect(biweekly.eventSchedule?.[0]).not.toHaveProperty("endDate");

    const firstThird = one({ rrule: "FREQ=MONTHLY;BYDAY=1TU,3TU", valid_from: "2026-01-01" });
    expect(firstThird.eventSchedule).toEqual([
      expect.objectContaining({ byDay: ["https://schema.org/Tuesday"], byMonthWeek: [1, 3], repeatFrequency: "P1M" }),
    ]);
    const lastFriday = one({ rrule: "FREQ=MONTHLY;BYDAY=-1FR", valid_from: "2026-01-01" });
    expect(lastFriday.eventSchedule?.[0]).toMatchObject({ byDay: ["https://schema.org/Friday"], byMonthWeek: [-1] });
    // different weeks for different days cannot share one Schedule (its parts combine every day with every week)
    const mixed = one({ rrule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU,1TH,3WE", valid_from: "2026-01-01" });
    expect(mixed.eventSchedule?.map((s) => [s.byDay, s.byMonthWeek, s.repeatFrequency])).toEqual([
      [["https://schema.org/Tuesday", "https://schema.org/Thursday"], [1], "P2M"],
      [["https://schema.org/Wednesday"], [3], "P2M"],
    ]);
  });

  it("gives a one-off its start and end with the offset of the day, moved or cancelled as such", () => {
    const summer = one({ rrule: null, valid_from: "2026-07-04", start_time: "14:00", end_time: "18:00" });
    expect(summer).toMatchObject({ startDate: "2026-07-04T14:00:00+02:00", endDate: "2026-07-04T18:00:00+02:00" });
    expect(summer).not.toHaveProperty("eventSchedule");
    expect(one({ rrule: null, valid_from: "2026-11-04" })).toMatchObject({ startDate: "2026-11-04T10:00:00+01:00" });
    expect(
      one({
        rrule: null,
        valid_from: "2026-09-10",
        exceptions: [{ date: "2026-09-10", kind: "cancelled", reason: "Spreker ziek" }],
      }).eventStatus,
    ).toBe("https://schema.org/EventCancelled");
    expect(
      one({
        rrule: null,
        valid_from: "2026-09-10",
        exceptions: [
          { date: "2026-09-10", kind: "moved", new_date: "2026-09-17", new_start_time: "19:00", new_end_time: "21:00" },
        ],
      }),
    ).toMatchObject({
      eventStatus: "https://schema.org/EventRescheduled",
      startDate: "2026-09-17T19:00:00+02:00",
      previousStartDate: "2026-09-10T10:00:00+02:00",
    });
  });

  it("names the activity's own organiser, a cost, languages and a Flemish place", () => {
    const [e] = activitiesJsonLd({ ...facility, timeZone: "Europe/Brussels", operator: null }, [
      {
        activity: activity({
          rrule: "FREQ=WEEKLY;BYDAY=SA",
          valid_from: "2026-01-03",
          organiser_name: "Vrijwilligers van de Schipperskwartier",
          cost: "contribution",
          languages: ["nl", "ar"],
        }),
      },
    ]);
    expect(e).toMatchObject({
      organizer: { "@type": "Organization", name: "Vrijwilligers van de Schipperskwartier" },
      isAccessibleForFree: false,
      inLanguage: ["ar", "nl"],
      location: { address: { addressCountry: "BE" } },
      eventSchedule: [expect.objectContaining({ scheduleTimezone: "Europe/Brussels" })],
    });
    expect(
      activitiesJsonLd({ ...facility, operator: null }, [{ activity: activity({ valid_from: "2026-01-03" }) }])[0],
    ).not.toHaveProperty("organizer");
  });
});
