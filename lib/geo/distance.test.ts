import { describe, expect, it } from "vitest";

import { haversineM } from "./distance";

describe("haversineM", () => {
  it("gives one degree of a great circle as R·π/180 = 111 195.08 m", () => {
    expect(haversineM(52, 5, 53, 5)).toBeCloseTo(111195.08, 1);
    expect(haversineM(0, 0, 0, 1)).toBeCloseTo(111195.08, 1);
  });
  it("shrinks a degree of longitude by cos(latitude) for short east-west steps", () => {
    const oneDegEast = haversineM(52, 5, 52, 5.001) * 1000;
    expect(oneDegEast / 111195.08).toBeCloseTo(Math.cos((52 * Math.PI) / 180), 4);
  });
  it("is symmetric, zero at the same point, and stable for antipodes", () => {
    expect(haversineM(52.37, 4.89, 51.92, 4.48)).toBeCloseTo(haversineM(51.92, 4.48, 52.37, 4.89), 9);
    expect(haversineM(52.37, 4.89, 52.37, 4.89)).toBe(0);
    expect(haversineM(0, 0, 0, 180)).toBeCloseTo(Math.PI * 6371008.8, 3);
  });
  it("puts Amsterdam Dam and Rotterdam Centraal about 57 km apart", () => {
    expect(haversineM(52.3731, 4.8926, 51.9244, 4.4699) / 1000).toBeCloseTo(57.9, 0);
  });
});
