import { describe, expect, it } from "vitest";

import { ZActivityItem } from "../schemas/activity";
import { cancelledUntil, nextDates, posterGroups, type PosterDate, type PosterItem } from "./poster";

// What goes where on the window poster: every-week activities under their weekdays by start time, the rest by their
// next date; what has no date in the coming weeks is left off.

const date = (d: string, cancelled = false): PosterDate => ({
  date: d,
  start: `${d}T10:00:00+01:00`,
  end: `${d}T12:00:00+01:00`,
  cancelled,
  reason: null,
});
let n = 0;
const item = (rrule: string | null, start: string, next: PosterDate[], name = `Activiteit ${++n}`): PosterItem => ({
  activity: {
    ...ZActivityItem.parse({
      name,
      kind: "ontmoeten",
      rrule,
      start_time: start,
      end_time: "23:00",
      valid_from: "2026-12-01",
    }),
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  },
  next,
});

describe("posterGroups", () => {
  it("puts every-week activities under each of their weekdays by start time, the rest by their next date", () => {
    const late = item("FREQ=WEEKLY;BYDAY=MO,WE", "19:00", [date("2026-12-09")], "Avond");
    const early = item("FREQ=WEEKLY;BYDAY=MO", "09:30", [date("2026-12-14")], "Ochtend");
    const biweekly = item("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "17:30", [date("2026-12-17")], "Maaltijd");
    const monthly = item("FREQ=MONTHLY;BYDAY=-1SA", "13:00", [date("2026-12-26", true), date("2026-12-12")], "Repair");
    const once = item(null, "15:00", [date("2026-12-10")], "Markt");
    const ended = item("FREQ=WEEKLY;BYDAY=FR", "10:00", [], "Voorbij");
    const { week, other } = posterGroups([late, early, biweekly, monthly, once, ended]);
    expect(week.map((d) => [d.day, d.items.map((i) => i.activity.name)])).toEqual([
      ["MO", ["Ochtend", "Avond"]],
      ["WE", ["Avond"]],
    ]);
    expect(other.map((i) => i.activity.name)).toEqual(["Markt", "Repair", "Maaltijd"]);
  });

  it("says which coming dates do not happen, and which do", () => {
    const next = [date("2026-12-07"), date("2026-12-14", true), date("2026-12-21"), date("2027-01-04", true)];
    expect(cancelledUntil(next, "2026-12-31").map((d) => d.date)).toEqual(["2026-12-14"]);
    expect(nextDates(next, 2).map((d) => d.date)).toEqual(["2026-12-07", "2026-12-21"]);
  });
});
