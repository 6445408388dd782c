import { describe, expect, it } from "vitest";

import { programmeSummary } from "./summary";

describe("a programme in the member area's tables", () => {
  it("is one line per activity, not JSON", () => {
    const repair = {
      id: "x",
      name: "Repair café",
      rrule: "FREQ=MONTHLY;BYDAY=1TU,3TU",
      valid_from: "2026-09-01",
      start_time: "13:00",
      end_time: "17:00",
      exceptions: [{ date: "2026-12-15", kind: "cancelled" }],
    };
    expect(programmeSummary([repair], "nl")).toBe(
      "Repair café (FREQ=MONTHLY;BYDAY=1TU,3TU, 13:00–17:00; 2026-12-15: gaat niet door)",
    );
    expect(programmeSummary([{ ...repair, rrule: null, exceptions: [] }], "en")).toBe(
      "Repair café (2026-09-01, 13:00–17:00)",
    );
    expect(programmeSummary([], "nl")).toBe("—");
    expect(programmeSummary(["a", "b"], "nl")).toBeNull();
  });
});
