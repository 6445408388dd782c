import { describe, expect, it } from "vitest";

import { isValidOpeningHours } from "../../opening-hours";
import { openingHoursOf } from "./schedules";

describe("HSDS schedules as OSM opening_hours", () => {
  it("joins weekdays with the same hours and keeps split days", () => {
    const r = openingHoursOf([
      { freq: "WEEKLY", byday: "MO,TU,WE,TH,FR", opens_at: "09:00:00", closes_at: "12:00:00" },
      { freq: "WEEKLY", byday: "TU", opens_at: "13:00", closes_at: "17:00" },
      { freq: "WEEKLY", byday: "SA", opens_at: "10:00", closes_at: "12:00" },
    ]);
    expect(r).toEqual({
      value: "Mo,We-Fr 09:00-12:00; Tu 09:00-12:00,13:00-17:00; Sa 10:00-12:00",
      unsupported: false,
    });
    expect(isValidOpeningHours(r.value!)).toBe(true);
  });

  it("reads HSDS 1.1's one weekday a row (ISO 1 = Monday) and says what it cannot write", () => {
    expect(
      openingHoursOf([
        { weekday: "1", opens_at: "09:00:00", closes_at: "17:00:00" },
        { weekday: "2", opens_at: "09:00:00", closes_at: "17:00:00" },
        { freq: "MONTHLY", byday: "1MO", opens_at: "19:00", closes_at: "21:00" },
      ]),
    ).toEqual({ value: "Mo,Tu 09:00-17:00", unsupported: true });
    expect(openingHoursOf([{ description: "by appointment" }])).toEqual({ value: null, unsupported: true });
  });
});
