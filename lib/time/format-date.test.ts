import { describe, expect, it } from "vitest";

import { formatDate } from "./format-date";

describe("formatDate (Amsterdam time)", () => {
  const at = new Date("2026-12-02T13:05:00Z"); // 14:05 CET
  it("has a style for each use", () => {
    expect(formatDate(at, "nl", "date")).toBe("2 dec 2026");
    expect(formatDate(at, "nl", "date-long")).toBe("2 december 2026");
    expect(formatDate(at, "nl", "time")).toBe("14:05");
    expect(formatDate(at, "en", "date-time")).toBe("2 Dec 2026, 14:05");
    expect(formatDate(at.toISOString(), "en", "date-long")).toBe("2 December 2026");
  });
  it("writes the site's Arabic with Latin digits and other sheet languages as they are", () => {
    expect(formatDate(at, "ar", "date-long")).toMatch(/^2 .+ 2026$/);
    expect(formatDate(at, "pl", "date-long")).toBe("2 grudnia 2026");
  });
  it("uses the date and hour in Amsterdam around the switches", () => {
    expect(formatDate(new Date("2026-10-24T22:30:00Z"), "nl", "date-long-time")).toBe("25 oktober 2026 om 00:30");
    expect(formatDate(new Date("2026-10-25T01:30:00Z"), "nl", "time")).toBe("02:30"); // the second 02:30, CET
    expect(formatDate(new Date("2026-03-29T01:30:00Z"), "nl", "time")).toBe("03:30"); // CEST
    expect(formatDate(new Date("2026-03-28T23:30:00Z"), "en", "date")).toBe("29 Mar 2026");
  });
});
