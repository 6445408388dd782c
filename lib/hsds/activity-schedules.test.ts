import { describe, expect, it } from "vitest";

import { openingHoursOf } from "../import/hsds/schedules";
import { activitySchedules } from "./activity-schedules";

// Issue 16: activities in the HSDS export are schedule rows of their location (freq/interval/byday/opens_at), marked
// with their calendar's link — and our own importer does not read them back as the location's opening hours.

const row = (rrule: string | null, valid_until: string | null = null) => ({
  id: "0b8a3c1e-2f4d-4e6a-9b1c-3d5e7f9a1b2c",
  facility_id: "9d1e2f3a-4b5c-4d6e-8f7a-1b2c3d4e5f6a",
  slug: "buurthuis-de-waag",
  name: "Repair café",
  rrule,
  start_time: "13:00",
  end_time: "17:00",
  valid_from: "2026-09-01",
  valid_until,
});
const FEED = "https://buurtwijzer.nl/api/v1/facilities/buurthuis-de-waag/activities.ics";

describe("activities as HSDS schedules", () => {
  it("writes the rule's parts", () => {
    expect(activitySchedules(row("FREQ=MONTHLY;BYDAY=1TU,3TU"), FEED)).toEqual([
      {
        id: "0b8a3c1e-2f4d-4e6a-9b1c-3d5e7f9a1b2c",
        location_id: "9d1e2f3a-4b5c-4d6e-8f7a-1b2c3d4e5f6a",
        schedule_link: FEED,
        opens_at: "13:00",
        closes_at: "17:00",
        valid_from: "2026-09-01",
        description: "Repair café",
        freq: "MONTHLY",
        wkst: "MO",
        interval: 1,
        byday: "1TU,3TU",
      },
    ]);
    expect(activitySchedules(row("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "2027-06-30"), FEED)[0]).toMatchObject({
      freq: "WEEKLY",
      interval: 2,
      byday: "TH",
      valid_to: "2027-06-30",
    });
    const once = activitySchedules(row(null), FEED)[0];
    expect(once).toMatchObject({ valid_from: "2026-09-01", valid_to: "2026-09-01" });
    expect(once?.freq).toBeUndefined();
  });

  it("are not read back as the location's opening hours", () => {
    const hours = { freq: "WEEKLY", byday: "MO,TU", opens_at: "09:00", closes_at: "17:00" };
    const activity = { ...activitySchedules(row("FREQ=WEEKLY;BYDAY=WE"), FEED)[0], interval: undefined };
    expect(openingHoursOf([hours, activity as typeof hours & { schedule_link: string }])).toEqual({
      value: "Mo,Tu 09:00-17:00",
      unsupported: false,
    });
  });
});
