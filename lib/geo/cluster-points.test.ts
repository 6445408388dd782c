import { describe, expect, it } from "vitest";

import { clusterPoints, POINTS_MAX_ZOOM } from "./cluster-points";

// 343 places of one organisation: 300 in a 2 km square in Utrecht, 43 spread along a line to Amsterdam.
const points = [
  ...Array.from({ length: 300 }, (_, i) => ({
    id: `u${i}`,
    lat: 52.08 + (i % 20) * 0.001,
    lng: 5.11 + Math.floor(i / 20) * 0.001,
  })),
  ...Array.from({ length: 43 }, (_, i) => ({ id: `l${i}`, lat: 52.1 + i * 0.006, lng: 5.0 - i * 0.003 })),
];
const NL: [number, number, number, number] = [3, 50.5, 7.5, 53.7];

describe("clusterPoints", () => {
  it("groups an organisation's many places into a few clusters that count them all", () => {
    const at = clusterPoints(points);
    const view = at(NL, 8);
    expect(view.length).toBeLessThan(20);
    const total = view.reduce((n, c) => n + (c.cluster ? c.count : 1), 0);
    expect(total).toBe(343);
    const big = view.find((c) => c.cluster && c.count >= 300);
    if (!big?.cluster) throw new Error("no cluster of the Utrecht places");
    // Its extent holds its points (for "tap to zoom in" to fit them).
    expect(big.bbox[0]).toBeLessThanOrEqual(5.11);
    expect(big.bbox[1]).toBeLessThanOrEqual(52.08);
    expect(big.bbox[3]).toBeGreaterThanOrEqual(52.099);
  });
  it("draws every place by itself once zoomed in far enough", () => {
    const at = clusterPoints(points);
    const near = at([5.1, 52.07, 5.13, 52.11], POINTS_MAX_ZOOM + 1);
    expect(near.filter((c) => !c.cluster)).toHaveLength(near.length);
    expect(near.length).toBeGreaterThanOrEqual(300);
  });
  it("answers nothing for no points", () => {
    expect(clusterPoints([])(NL, 8)).toEqual([]);
  });
});
