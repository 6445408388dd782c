import { describe, expect, it } from "vitest";

import { buildCalendar, type IcalEvent } from "./ical";
import { escapeText, foldLine } from "./ical-text";

// The feed builder on its own: RFC 5545 escaping and folding (octets, whole UTF-8 characters), and what a one-off, a
// cancelled date, a holiday and a moved date become. tests/integration/ical.test.ts expands whole feeds in ical.js.

const event = (over: Partial<IcalEvent> = {}): IcalEvent => ({
  id: "3f2c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
  name: "Taalcafé",
  description: ["Samen Nederlands oefenen", "Gratis"],
  categories: ["Taalcafé"],
  timeZone: "Europe/Amsterdam",
  rrule: "FREQ=WEEKLY;BYDAY=MO",
  validUntil: null,
  first: { date: "2026-01-05", startMinute: 600, endMinute: 720 },
  exceptions: [],
  holidays: [],
  sequence: 3,
  updatedAt: new Date("2026-01-02T09:30:00.123Z"),
  location: "Buurthuis De Waag, Brink 12, 7411 BT Deventer",
  geo: { lat: 52.2551, lng: 6.1639 },
  url: "https://www.buurtwijzer.nl/locaties/buurthuis-de-waag-deventer",
  ...over,
});
const feed = (events: IcalEvent[]) => buildCalendar({ name: "De Waag", host: "www.buurtwijzer.nl", events });
const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("content lines", () => {
  it("escapes backslash, semicolon, comma and newlines in TEXT", () => {
    expect(escapeText("a\\b; c, d\r\ne\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });

  it("folds at 75 octets, never inside a UTF-8 character, and unfolds to the same line", () => {
    const line = `DESCRIPTION:${"مقهى اللغة ☕ 🇳🇱 Taalcafé ".repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(4);
    for (const [i, p] of parts.entries()) {
      expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(" ")).toBe(true);
      expect(Buffer.from(p, "utf8").toString("utf8")).toBe(p); // no lone surrogate, no broken sequence
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(foldLine("SUMMARY:kort")).toBe("SUMMARY:kort");
  });
});

describe("buildCalendar", () => {
  it("writes a recurring activity in its zone, with UNTIL in UTC and EXDATEs for cancelled dates and holidays", () => {
    const text = feed([
      event({
        validUntil: "2026-06-29",
        holidays: ["2026-04-06"],
        exceptions: [
          { date: "2026-04-13", kind: "cancelled", onRule: true, to: null, note: null },
          { date: "2026-04-14", kind: "cancelled", onRule: false, to: null, note: null }, // not a rule date: nothing
        ],
      }),
    ]);
    const u = unfold(text);
    expect(u).toContain("UID:3f2c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b@www.buurtwijzer.nl\r\n");
    expect(u).toContain(
      "DTSTART;TZID=Europe/Amsterdam:20260105T100000\r\nDTEND;TZID=Europe/Amsterdam:20260105T120000\r\n",
    );
    expect(u).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T215959Z\r\n"); // 23:59:59 CEST
    expect(u).toContain("EXDATE;TZID=Europe/Amsterdam:20260406T100000,20260413T100000\r\n");
    expect(u).toContain("SEQUENCE:3\r\nLAST-MODIFIED:20260102T093000Z\r\n");
    expect(u).toContain("DTSTAMP:20260102T093000Z\r\n");
    expect(u).toContain("DESCRIPTION:Samen Nederlands oefenen\\nGratis\r\n");
    expect(u).toContain("GEO:52.255100;6.163900\r\n");
    expect(u.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(feed([event({ validUntil: "2026-12-14" })])).toContain(";UNTIL=20261214T225959Z"); // 23:59:59 CET
  });

  it("overrides a moved date under the same UID, and adds a date moved from a day the rule does not give", () => {
    const to = (date: string) => ({ date, startMinute: 840, endMinute: 960 });
    const u = unfold(
      feed([
        event({
          exceptions: [
            { date: "2026-06-15", kind: "moved", onRule: true, to: to("2026-06-16"), note: "Verplaatst van maandag" },
            { date: "2026-06-17", kind: "moved", onRule: false, to: to("2026-06-18"), note: null },
          ],
        }),
      ]),
    );
    expect(u).toContain("RDATE;TZID=Europe/Amsterdam:20260617T100000\r\n");
    expect(u).not.toContain("EXDATE");
    const overrides = u.split("BEGIN:VEVENT").filter((v) => v.includes("RECURRENCE-ID"));
    expect(overrides).toHaveLength(2);
    expect(overrides[0]).toContain("RECURRENCE-ID;TZID=Europe/Amsterdam:20260615T100000\r\n");
    expect(overrides[0]).toContain("DTSTART;TZID=Europe/Amsterdam:20260616T140000\r\n");
    expect(overrides[0]).toContain("DESCRIPTION:Verplaatst van maandag\\nSamen Nederlands oefenen");
    expect(overrides[0]).toContain("UID:3f2c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b@www.buurtwijzer.nl\r\n");
    expect(overrides[1]).toContain("RECURRENCE-ID;TZID=Europe/Amsterdam:20260617T100000\r\n");
  });

  it("moves a one-off itself, and marks a cancelled one (or one on a skipped holiday) STATUS:CANCELLED", () => {
    const once = { rrule: null, first: { date: "2026-07-04", startMinute: 840, endMinute: 1080 } };
    const movedOnce = unfold(
      feed([
        event({
          ...once,
          exceptions: [
            {
              date: "2026-07-04",
              kind: "moved",
              onRule: true,
              to: { date: "2026-07-11", startMinute: 780, endMinute: 1020 },
              note: null,
            },
          ],
        }),
      ]),
    );
    expect(movedOnce).toContain("DTSTART;TZID=Europe/Amsterdam:20260711T130000\r\n");
    expect(movedOnce.split("BEGIN:VEVENT")[1]).not.toMatch(/RRULE|RECURRENCE-ID|EXDATE|STATUS/);
    expect(movedOnce.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const cancelledOnce = unfold(
      feed([
        event({
          ...once,
          exceptions: [
            { date: "2026-07-04", kind: "cancelled", onRule: true, to: null, note: "Gaat niet door: regen" },
          ],
        }),
      ]),
    );
    expect(cancelledOnce).toContain("STATUS:CANCELLED\r\n");
    expect(cancelledOnce).toContain("DESCRIPTION:Gaat niet door: regen\\n");
    expect(feed([event({ ...once, holidays: ["2026-07-04"] })])).toContain("STATUS:CANCELLED\r\n");
  });

  it("names each zone once, is the same text for the same programme, and refuses a zone it has no rules for", () => {
    const events = [event(), event({ id: "b", timeZone: "Europe/Brussels" }), event({ id: "c" })];
    const text = feed(events);
    expect(text).toBe(feed(events));
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(text).toContain("X-WR-TIMEZONE:Europe/Amsterdam\r\n");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\n");
    expect(() => feed([event({ timeZone: "Europe/London" })])).toThrow(/Europe\/London/);
    expect(feed([])).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });
});
