import { describe, expect, it } from "vitest";

import {
  amsterdamWallClock,
  isOpenAt,
  isValidOpeningHours,
  openAt,
  opensLaterTodayAt,
  weekHours,
} from "./opening-hours";

describe("isOpenAt (Europe/Amsterdam, Dutch holidays)", () => {
  const office = "Mo-Fr 09:00-17:00; PH off";
  it("reads the clock in Amsterdam, not UTC (summer time: UTC+2)", () => {
    expect(isOpenAt(office, new Date("2026-07-01T07:30:00Z"))).toBe(true); // 09:30 in Amsterdam
    expect(isOpenAt(office, new Date("2026-07-01T06:30:00Z"))).toBe(false); // 08:30
    expect(isOpenAt(office, new Date("2026-07-01T15:30:00Z"))).toBe(false); // 17:30
  });
  it("handles winter time (UTC+1)", () => {
    expect(isOpenAt(office, new Date("2026-11-25T08:30:00Z"))).toBe(true); // 09:30
    expect(isOpenAt(office, new Date("2026-11-25T07:30:00Z"))).toBe(false); // 08:30
  });
  it("closes on Dutch public holidays with PH off (Christmas, King's Day)", () => {
    expect(isOpenAt(office, new Date("2026-12-25T10:00:00Z"))).toBe(false);
    expect(isOpenAt(office, new Date("2026-04-27T10:00:00Z"))).toBe(false); // Koningsdag, a Monday
    expect(isOpenAt(office, new Date("2026-04-28T10:00:00Z"))).toBe(true);
  });
  it("answers null for missing or unreadable hours", () => {
    expect(isOpenAt(null, new Date())).toBeNull();
    expect(isOpenAt("sometimes, ask Piet", new Date())).toBeNull();
    expect(isValidOpeningHours("Mo-Fr 09:00-17:00")).toBe(true);
    expect(isValidOpeningHours("Mo-Fr 9 tot 5")).toBe(false);
  });
  it("builds a wall-clock date with Amsterdam's fields", () => {
    const d = amsterdamWallClock(new Date("2026-03-29T01:30:00Z")); // after the spring change: 03:30 CEST
    expect([d.getDate(), d.getHours(), d.getMinutes()]).toEqual([29, 3, 30]);
  });
});

describe("openAt", () => {
  it("keeps answers of different minutes apart, even when evaluators interleave", () => {
    const office = "Mo-Fr 09:00-17:00";
    const before = openAt(new Date("2026-11-25T07:59:00Z")); // 08:59 in Amsterdam
    const after = openAt(new Date("2026-11-25T08:00:00Z")); // 09:00
    expect(before(office)).toBe(false);
    expect(after(office)).toBe(true);
    expect(before(office)).toBe(false);
    expect(after(office)).toBe(true);
  });
});

describe("weekHours", () => {
  it("lists Monday to Sunday of the current Amsterdam week, with holidays closed and today marked", () => {
    // Thursday 24 December 2026, 10:00 in Amsterdam; Friday the 25th is Christmas.
    const week = weekHours("Mo-Fr 09:00-12:00,13:00-17:00; PH off", new Date("2026-12-24T09:00:00Z"))!;
    expect(week.map((d) => d.date.getDate())).toEqual([21, 22, 23, 24, 25, 26, 27]);
    expect(week[0]!.intervals).toEqual([
      ["09:00", "12:00"],
      ["13:00", "17:00"],
    ]);
    expect(week[3]!.today).toBe(true);
    expect(week.filter((d) => d.today)).toHaveLength(1);
    expect(week[4]!.intervals).toEqual([]); // Christmas
    expect(week[5]!.intervals).toEqual([]); // Saturday
  });
  it("from today: today first and the six days after it, no past days", () => {
    // Thursday 24 December 2026: Thursday to Wednesday; Christmas (Friday) closed; weekday 0 is Monday.
    const week = weekHours("Mo-Fr 09:00-17:00; PH off", new Date("2026-12-24T09:00:00Z"), "today")!;
    expect(week.map((d) => d.date.getDate())).toEqual([24, 25, 26, 27, 28, 29, 30]);
    expect(week[0]!.today).toBe(true);
    expect(week.map((d) => d.weekday)).toEqual([3, 4, 5, 6, 0, 1, 2]);
    expect(week[1]!.intervals).toEqual([]);
    expect(week[4]!.intervals).toEqual([["09:00", "17:00"]]);
  });
  it("answers null for missing or unreadable hours", () => {
    expect(weekHours(null, new Date())).toBeNull();
    expect(weekHours("ask Piet", new Date())).toBeNull();
  });
});

describe('opensLaterTodayAt ("nu niets open — opent om 13:00")', () => {
  const split = "Mo-Fr 09:00-12:00,13:00-17:00; PH off";
  it("gives the next opening time today in Amsterdam time", () => {
    expect(opensLaterTodayAt(new Date("2026-11-25T07:00:00Z"))(split)).toBe("09:00"); // 08:00 on a Wednesday
    expect(opensLaterTodayAt(new Date("2026-11-25T11:30:00Z"))(split)).toBe("13:00"); // 12:30: lunch break
  });
  it("is null when open now, closed for the rest of the day, or on a holiday", () => {
    expect(opensLaterTodayAt(new Date("2026-11-25T09:00:00Z"))(split)).toBeNull(); // 10:00: open
    expect(opensLaterTodayAt(new Date("2026-11-25T17:00:00Z"))(split)).toBeNull(); // 18:00: opens tomorrow
    expect(opensLaterTodayAt(new Date("2026-11-28T08:00:00Z"))(split)).toBeNull(); // Saturday
    expect(opensLaterTodayAt(new Date("2026-12-25T07:00:00Z"))(split)).toBeNull(); // Christmas
    expect(opensLaterTodayAt(new Date())(null)).toBeNull();
    expect(opensLaterTodayAt(new Date())("sometimes, ask Piet")).toBeNull();
  });
  it("uses summer time too (UTC+2)", () => {
    expect(opensLaterTodayAt(new Date("2026-07-01T05:30:00Z"))(split)).toBe("09:00"); // 07:30
  });
});
