import { describe, expect, it } from "vitest";

import { formatDistance, travelTime } from "./format";

describe("travel time in words", () => {
  it('walks up to 5 km, cycles up to 20 km, and says nothing beyond (no "1034 min lopen")', () => {
    expect(travelTime(400)).toEqual({ mode: "walk", minutes: 5 });
    expect(travelTime(5000)).toEqual({ mode: "walk", minutes: 63 });
    expect(travelTime(5001)).toEqual({ mode: "bike", minutes: 21 });
    expect(travelTime(17000)).toEqual({ mode: "bike", minutes: 68 });
    expect(travelTime(82700)).toBeNull();
  });
  it("writes distances in the reader's number format", () => {
    expect(formatDistance(17234, "nl")).toBe("17,2 km");
    expect(formatDistance(17234, "en")).toBe("17.2 km");
    expect(formatDistance(340, "nl")).toBe("340 m");
  });
});
