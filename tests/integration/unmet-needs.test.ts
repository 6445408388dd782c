import { describe, expect, it } from "vitest";

import { isUnmet, K_ANONYMITY, recordUnmetNeed, unmetNeeds } from "@/lib/server/search/unmet-needs";

import { withScratchWorld } from "../factories";

// Unmet needs are counted with nothing but month, gemeente and kind of help, and shown only from 5 searches a cell.
// The test writes counts, so it runs on a database of its own (gazetteer only), not on the shared read-only one.

const w = withScratchWorld("unmet");

describe("unmet needs", () => {
  it("counts a search that found nothing within 5 km, and nothing else", () => {
    expect(isUnmet([])).toBe(true);
    expect(isUnmet([7200, 5100])).toBe(true);
    expect(isUnmet([7200, 4900])).toBe(false);
  });

  it("keeps only month, gemeente, kind of help and a count", async () => {
    const { rows } = await w.pool.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'unmet_need' ORDER BY ordinal_position",
    );
    expect(rows.map((r) => r.column_name)).toEqual(["month", "gemeente_code", "service", "searches"]);
  });

  it("shows a cell only from K_ANONYMITY searches, summed over the last months", async () => {
    const now = new Date("2026-11-20T10:00:00Z");
    for (let i = 0; i < K_ANONYMITY - 1; i++) await recordUnmetNeed(w.db, "GM0344", ["schuldhulp", "schuldhulp"], now);
    await recordUnmetNeed(w.db, "GM0363", [], now);
    await recordUnmetNeed(w.db, null, ["inloop"], now); // a position without a gemeente: not counted
    expect(await unmetNeeds(w.pool, 12, now)).toEqual([]);
    await recordUnmetNeed(w.db, "GM0344", ["schuldhulp"], new Date("2026-10-02T10:00:00Z")); // the month before
    const cells = await unmetNeeds(w.pool, 12, now);
    expect(cells).toEqual([
      {
        gemeente_code: "GM0344",
        gemeente: "Utrecht",
        lat: expect.any(Number),
        lng: expect.any(Number),
        service: "schuldhulp",
        searches: 5,
      },
    ]);
    const { rows } = await w.pool.query(
      "SELECT to_char(month, 'YYYY-MM-DD') AS month, gemeente_code, service, searches FROM unmet_need ORDER BY month, gemeente_code",
    );
    expect(rows).toEqual([
      { month: "2026-10-01", gemeente_code: "GM0344", service: "schuldhulp", searches: 1 },
      { month: "2026-11-01", gemeente_code: "GM0344", service: "schuldhulp", searches: 4 },
      { month: "2026-11-01", gemeente_code: "GM0363", service: "", searches: 1 },
    ]);
    // Older than the window: not shown.
    expect(await unmetNeeds(w.pool, 1, now)).toEqual([]);
  });
});
