import { describe, expect, it } from "vitest";

import {
  amsterdamDate,
  amsterdamDatePlusDays,
  amsterdamInstant,
  amsterdamMonthStart,
  amsterdamParts,
  amsterdamWallClock,
  startOfNextAmsterdamDay,
} from "./amsterdam";

// 2026: summer time starts Sunday 29 March at 02:00 CET (01:00 UTC) and ends Sunday 25 October at 03:00 CEST
// (01:00 UTC). A fixed +1 or +2 offset, or UTC, gets at least one of these wrong.
describe("Amsterdam wall clock around the switches", () => {
  it("reads the hour before and after the spring switch", () => {
    expect(amsterdamParts(new Date("2026-03-29T00:59:00Z"))).toMatchObject({ day: 29, hour: 1, minute: 59 });
    expect(amsterdamParts(new Date("2026-03-29T01:00:00Z"))).toMatchObject({ day: 29, hour: 3, minute: 0 });
    expect(amsterdamParts(new Date("2026-03-29T01:30:00Z"))).toMatchObject({ hour: 3, minute: 30, weekday: 6 });
  });
  it("reads 02:30 twice in autumn, then winter time", () => {
    expect(amsterdamParts(new Date("2026-10-25T00:30:00Z"))).toMatchObject({ day: 25, hour: 2, minute: 30 });
    expect(amsterdamParts(new Date("2026-10-25T01:30:00Z"))).toMatchObject({ day: 25, hour: 2, minute: 30 });
    expect(amsterdamParts(new Date("2026-10-25T02:30:00Z"))).toMatchObject({ day: 25, hour: 3, minute: 30 });
  });
  it("builds the local-field Date that opening_hours reads", () => {
    const d = amsterdamWallClock(new Date("2026-10-24T22:30:00Z")); // 00:30 CEST on Sunday the 25th
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 9, 25, 0, 30]);
  });
});

describe("Amsterdam calendar dates", () => {
  it("changes date at Amsterdam midnight, not UTC midnight", () => {
    expect(amsterdamDate(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29"); // 00:30 CET
    expect(amsterdamDate(new Date("2026-03-28T22:59:00Z"))).toBe("2026-03-28"); // 23:59 CET
    expect(amsterdamDate(new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25"); // 00:00 CEST
    expect(amsterdamDate(new Date("2026-10-24T21:59:00Z"))).toBe("2026-10-24");
    expect(amsterdamDate(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26"); // 00:00 CET
  });
  it("adds calendar days across a 23- and a 25-hour day", () => {
    // 23:30 on Saturday 24 October (CEST): 31 × 24 h later is 22:30 on 24 November, still the 24th…
    expect(amsterdamDatePlusDays(new Date("2026-10-24T21:30:00Z"), 31)).toBe("2026-11-24");
    // …and 00:30 on Sunday 29 March (CET) plus one day is the 30th, though only 23 hours pass to its midnight.
    expect(amsterdamDatePlusDays(new Date("2026-03-28T23:30:00Z"), 1)).toBe("2026-03-30");
    expect(amsterdamDatePlusDays(new Date("2026-03-28T22:30:00Z"), 1)).toBe("2026-03-29");
  });
  it("gives the Amsterdam month, also in the hour after UTC's month ended", () => {
    expect(amsterdamMonthStart(new Date("2026-10-31T23:30:00Z"))).toBe("2026-11-01"); // 00:30 CET on 1 November
    expect(amsterdamMonthStart(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04-01"); // 00:30 CEST on 1 April
    expect(amsterdamMonthStart(new Date("2026-03-31T21:30:00Z"))).toBe("2026-03-01");
  });
});

describe("instants of Amsterdam wall-clock times", () => {
  it("ends a day at the next Amsterdam midnight, 23 or 25 hours after the last", () => {
    expect(startOfNextAmsterdamDay("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfNextAmsterdamDay("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z"); // 23 h day
    expect(startOfNextAmsterdamDay("2026-10-25").toISOString()).toBe("2026-10-25T23:00:00.000Z"); // 25 h day
    expect(startOfNextAmsterdamDay("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
  it("finds 02:30 on the switch days: skipped in spring, the winter one in autumn", () => {
    expect(amsterdamInstant("2026-03-29", 1, 30).toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(amsterdamInstant("2026-03-29", 2, 30).toISOString()).toBe("2026-03-29T01:30:00.000Z"); // = 03:30 CEST
    expect(amsterdamInstant("2026-03-29", 9, 0).toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(amsterdamInstant("2026-10-25", 2, 30).toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(amsterdamInstant("2026-10-25", 9, 0).toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(() => amsterdamInstant("25-10-2026")).toThrow(RangeError);
  });
});
