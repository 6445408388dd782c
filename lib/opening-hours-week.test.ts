import { describe, expect, it } from "vitest";

import { isValidOpeningHours } from "./opening-hours";
import { emptyWeek, formatWeek, parseWeek, type Week } from "./opening-hours-week";

describe("week editor ↔ OSM opening_hours", () => {
  it("joins equal days into ranges and adds the holiday rule", () => {
    const w = emptyWeek();
    for (const d of [0, 1, 2, 3, 4])
      w.days[d] = [
        ["09:00", "12:00"],
        ["13:00", "17:00"],
      ];
    w.days[5] = [["10:00", "14:00"]];
    w.holidaysClosed = true;
    expect(formatWeek(w)).toBe("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-14:00; PH off");
  });

  it("writes two neighbouring days as a list and an empty week as null", () => {
    const w = emptyWeek();
    w.days[5] = [["10:00", "12:00"]];
    w.days[6] = [["10:00", "12:00"]];
    expect(formatWeek(w)).toBe("Sa,Su 10:00-12:00");
    expect(formatWeek(emptyWeek())).toBeNull();
  });

  it("reads back what it writes, and the library accepts it (random weeks)", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const t = (h: number) => `${String(h).padStart(2, "0")}:${rnd(2) ? "30" : "00"}`;
    for (let k = 0; k < 200; k++) {
      const w: Week = emptyWeek();
      for (let d = 0; d < 7; d++) {
        const n = rnd(3);
        const iv: [string, string][] = [];
        let h = 7 + rnd(3);
        for (let i = 0; i < n; i++) {
          iv.push([t(h), t(h + 2)]);
          h += 3;
        }
        w.days[d] = iv;
      }
      w.holidaysClosed = rnd(2) === 1;
      const text = formatWeek(w);
      if (text === null) continue;
      expect(isValidOpeningHours(text), text).toBe(true);
      const back = parseWeek(text);
      expect(back?.days).toEqual(w.days);
      expect(back?.holidaysClosed).toBe(w.holidaysClosed);
    }
  });

  it("writes dated exceptions after the week, and the library reads them as meant", async () => {
    const w = emptyWeek();
    for (const d of [0, 1, 2, 3, 4]) w.days[d] = [["09:00", "17:00"]];
    w.holidaysClosed = true;
    w.exceptions = [
      { date: "2026-12-31", intervals: [["09:00", "12:00"]] },
      { date: "2026-12-24", intervals: [] },
    ];
    const text = formatWeek(w)!;
    expect(text).toBe("Mo-Fr 09:00-17:00; PH off; 2026 Dec 24 off; 2026 Dec 31 09:00-12:00");
    expect(isValidOpeningHours(text)).toBe(true);
    expect(parseWeek(text)).toEqual({
      ...w,
      exceptions: [
        { date: "2026-12-24", intervals: [] },
        { date: "2026-12-31", intervals: [["09:00", "12:00"]] },
      ],
    });
    const { isOpenAt } = await import("./opening-hours");
    expect(isOpenAt(text, new Date("2026-12-24T10:00:00+01:00"))).toBe(false); // a Thursday, normally open
    expect(isOpenAt(text, new Date("2026-12-31T11:00:00+01:00"))).toBe(true);
    expect(isOpenAt(text, new Date("2026-12-31T14:00:00+01:00"))).toBe(false);
    expect(isOpenAt(text, new Date("2026-12-23T14:00:00+01:00"))).toBe(true);
  });

  it("declines what the editor cannot show", () => {
    expect(parseWeek("Mo-Fr 09:00-17:00; Dec 25 off")).toBeNull(); // every year: not a dated exception
    expect(parseWeek("2026 Dec 24-26 off")).toBeNull();
    expect(parseWeek("24/7")).toBeNull();
    expect(parseWeek("Mo-Fr 09:00+")).toBeNull();
    expect(parseWeek("Tu,Th 10:00-12:00; Sa off")?.days[1]).toEqual([["10:00", "12:00"]]);
  });
});
