import { describe, expect, it } from "vitest";

import { schedulesOf } from "./schedules";

const at = { location_id: "3a19ff88-4620-4d17-9830-ac1d859eb5d5" };
const rules = (hours: string | null) =>
  schedulesOf(hours, at).map(({ byday, opens_at, closes_at, freq, notes }) => ({
    byday,
    opens_at,
    closes_at,
    freq,
    notes,
  }));

describe("OSM opening_hours as HSDS schedules", () => {
  it("makes one weekly rule per opening period", () => {
    expect(rules("Mo-Fr 09:00-17:00; Sa 10:00-12:00")).toEqual([
      { byday: "MO,TU,WE,TH,FR", opens_at: "09:00", closes_at: "17:00", freq: "WEEKLY", notes: undefined },
      { byday: "SA", opens_at: "10:00", closes_at: "12:00", freq: "WEEKLY", notes: undefined },
    ]);
  });

  it("splits a day with a break into two periods and lets a later rule override a day, as OSM does", () => {
    expect(rules("Mo-Fr 09:00-12:00,13:00-17:00")).toEqual([
      expect.objectContaining({ byday: "MO,TU,WE,TH,FR", opens_at: "09:00", closes_at: "12:00" }),
      expect.objectContaining({ byday: "MO,TU,WE,TH,FR", opens_at: "13:00", closes_at: "17:00" }),
    ]);
    expect(rules("Mo-Fr 09:00-17:00; We 19:00-21:00")).toEqual([
      expect.objectContaining({ byday: "MO,TU,TH,FR", opens_at: "09:00" }),
      expect.objectContaining({ byday: "WE", opens_at: "19:00", closes_at: "21:00" }),
    ]);
  });

  it("keeps the original text in notes when holidays or dated exceptions cannot be said as weekly rules", () => {
    const s = schedulesOf("Tu,Th 09:30-12:00; PH off", at);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ byday: "TU,TH", opens_at: "09:30", notes: "Tu,Th 09:30-12:00; PH off" });
    expect(schedulesOf("Mo 10:00-12:00; 2026 Dec 28 off", at)[0]?.notes).toBe("Mo 10:00-12:00; 2026 Dec 28 off");
  });

  it("gives syntax beyond weekly rules one schedule with only the text", () => {
    const [s, ...rest] = schedulesOf("Mo-Fr 08:00-12:00; week 1-26 Sa 10:00-12:00", at);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ location_id: at.location_id, notes: "Mo-Fr 08:00-12:00; week 1-26 Sa 10:00-12:00" });
    expect(s?.freq).toBeUndefined();
  });

  it("has no schedules without hours, and stable ids per owner and rule", () => {
    expect(schedulesOf(null, at)).toEqual([]);
    expect(schedulesOf("  ", at)).toEqual([]);
    const a = schedulesOf("Mo 10:00-12:00; Tu 10:00-11:00", at);
    expect(a.map((s) => s.id)).toEqual(schedulesOf("Mo 10:00-12:00; Tu 10:00-11:00", at).map((s) => s.id));
    expect(new Set(a.map((s) => s.id)).size).toBe(2);
    const own = schedulesOf("Mo 10:00-12:00", {
      service_at_location_id: "e94c9f38-1e8f-4564-91d4-d53501ab1765",
      service_id: "ac148810-d857-441c-9679-408f346de14b",
    });
    expect(own[0]).toMatchObject({ service_at_location_id: "e94c9f38-1e8f-4564-91d4-d53501ab1765" });
    expect(own[0]).not.toHaveProperty("location_id");
  });
});
