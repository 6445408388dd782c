import { TZDate } from "@date-fns/tz";
import { RRule } from "rrule";
import { describe, expect, it } from "vitest";

import { parseRRule } from "@/lib/activities/rule";
import { describeRule, type RuleWords } from "@/lib/activities/rule-text";
import { ZActivityItem, ZActivityList, type TActivityItem } from "@/lib/schemas/activity";
import { findOccurrences } from "@/lib/server/activities/find-occurrences";
import { getProgramme } from "@/lib/server/activities/get-programme";
import { writeProgramme } from "@/lib/server/activities/write-programme";
import nl from "@/messages/nl.json";

import { createFacility, withScratchWorld } from "../factories";

// Issue 16: the dates SQL finds for an activity (activity_on() + the exceptions + wall-clock → instant by PostgreSQL's
// tz database) equal an independent expansion — the `rrule` library's, with the offset from @date-fns/tz — over all of
// 2026, which has both DST changes (29 March, 25 October); and each rule reads as the Dutch sentence the form shows.

const world = withScratchWorld("activity-occurrences");

type Case = {
  rrule: string | null;
  from: string;
  until?: string;
  start?: string;
  end?: string;
  exceptions?: TActivityItem["exceptions"];
  text: string;
};

const CASES: Case[] = [
  { rrule: "FREQ=WEEKLY;BYDAY=MO", from: "2026-01-05", text: "elke maandag, 10:00–12:00" },
  { rrule: "FREQ=WEEKLY;BYDAY=WE", from: "2026-01-01", text: "elke woensdag, 10:00–12:00" },
  { rrule: "FREQ=WEEKLY;BYDAY=MO,WE,FR", from: "2026-02-10", text: "elke maandag, woensdag en vrijdag, 10:00–12:00" },
  { rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", from: "2026-01-08", text: "om de week op donderdag, 10:00–12:00" },
  {
    rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
    from: "2026-03-04",
    text: "om de week op dinsdag en donderdag, 10:00–12:00",
  },
  { rrule: "FREQ=WEEKLY;INTERVAL=3;BYDAY=SA", from: "2026-01-01", text: "elke 3 weken op zaterdag, 10:00–12:00" },
  { rrule: "FREQ=WEEKLY", from: "2026-03-22", text: "elke zondag, 10:00–12:00" },
  {
    rrule: "FREQ=DAILY",
    from: "2026-10-20",
    until: "2026-11-02",
    text: "elke maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag en zondag, 10:00–12:00",
  },
  {
    rrule: "FREQ=MONTHLY;BYDAY=1TU,3TU",
    from: "2026-01-01",
    start: "13:00",
    end: "17:00",
    text: "elke eerste en derde dinsdag van de maand, 13:00–17:00",
  },
  {
    rrule: "FREQ=MONTHLY;BYDAY=-1FR",
    from: "2026-01-01",
    start: "17:30",
    end: "20:00",
    text: "elke laatste vrijdag van de maand, 17:30–20:00",
  },
  { rrule: "FREQ=MONTHLY;BYDAY=2SA", from: "2026-01-01", text: "elke tweede zaterdag van de maand, 10:00–12:00" },
  { rrule: "FREQ=MONTHLY;BYDAY=4WE", from: "2026-02-01", text: "elke vierde woensdag van de maand, 10:00–12:00" },
  { rrule: "FREQ=MONTHLY;BYDAY=5TH", from: "2026-01-01", text: "elke vijfde donderdag van de maand, 10:00–12:00" },
  {
    rrule: "FREQ=MONTHLY;BYDAY=1MO,-1MO",
    from: "2026-01-01",
    text: "elke eerste en laatste maandag van de maand, 10:00–12:00",
  },
  {
    rrule: "FREQ=MONTHLY;BYDAY=1TU,3WE",
    from: "2026-01-01",
    text: "elke eerste dinsdag en derde woensdag van de maand, 10:00–12:00",
  },
  {
    rrule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TH",
    from: "2026-01-15",
    text: "elke 2 maanden, op de eerste donderdag van de maand, 10:00–12:00",
  },
  {
    rrule: null,
    from: "2026-03-29",
    start: "14:00",
    end: "16:00",
    text: "eenmalig op zondag 29 maart 2026, 14:00–16:00",
  },
  {
    rrule: "FREQ=DAILY;COUNT=1",
    from: "2026-10-25",
    start: "02:15",
    end: "03:30",
    text: "eenmalig op zondag 25 oktober 2026, 02:15–03:30",
  },
  {
    rrule: "FREQ=WEEKLY;BYDAY=SU",
    from: "2026-03-01",
    until: "2026-04-30",
    start: "01:30",
    end: "03:45",
    text: "elke zondag, 01:30–03:45",
  },
  {
    rrule: "FREQ=WEEKLY;BYDAY=SA,SU",
    from: "2026-10-01",
    until: "2026-11-15",
    start: "08:00",
    end: "09:00",
    text: "elke zaterdag en zondag, 08:00–09:00",
  },
  {
    rrule: "FREQ=WEEKLY;BYDAY=MO",
    from: "2026-01-05",
    exceptions: [
      {
        date: "2026-03-30",
        kind: "cancelled",
        reason: "Paasvakantie",
        new_date: null,
        new_start_time: null,
        new_end_time: null,
      },
      {
        date: "2026-10-26",
        kind: "moved",
        reason: "Zaal bezet",
        new_date: "2026-10-27",
        new_start_time: "14:00",
        new_end_time: "15:00",
      },
    ],
    text: "elke maandag, 10:00–12:00",
  },
  {
    rrule: "FREQ=MONTHLY;BYDAY=1TU,3TU",
    from: "2026-02-01",
    until: "2026-12-15",
    exceptions: [
      {
        date: "2026-04-07",
        kind: "moved",
        reason: null,
        new_date: "2026-04-08",
        new_start_time: null,
        new_end_time: null,
      },
      {
        date: "2026-11-03",
        kind: "cancelled",
        reason: "Ziek",
        new_date: null,
        new_start_time: null,
        new_end_time: null,
      },
    ],
    start: "13:00",
    end: "17:00",
    text: "elke eerste en derde dinsdag van de maand, 13:00–17:00",
  },
];

const TZ = "Europe/Amsterdam";
const instant = (date: string, time: string) => {
  const [y, m, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return new Date(new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, TZ).getTime()).toISOString();
};

/** The `rrule` library's dates (floating: UTC fields are the wall-clock date), exceptions applied, to instants. */
function expected(c: Case, start: string, end: string) {
  const [y, m, d] = c.from.split("-").map(Number);
  let dates: string[];
  if (c.rrule === null || c.rrule.includes("COUNT=1")) dates = [c.from];
  else {
    const opts = RRule.parseString(c.rrule);
    const rule = new RRule({
      ...opts,
      dtstart: new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, 0, 0)),
      ...(c.until ? { until: new Date(`${c.until}T23:59:59Z`) } : {}),
    });
    dates = rule
      .between(new Date("2026-01-01T00:00:00Z"), new Date("2026-12-31T23:59:59Z"), true)
      .map((x) => x.toISOString().slice(0, 10));
  }
  const out: { start: string; end: string; cancelled: boolean }[] = [];
  for (const date of dates) {
    const ex = c.exceptions?.find((e) => e.date === date);
    if (ex?.kind === "moved" && ex.new_date)
      out.push({
        start: instant(ex.new_date, ex.new_start_time ?? start),
        end: instant(ex.new_date, ex.new_end_time ?? end),
        cancelled: false,
      });
    else out.push({ start: instant(date, start), end: instant(date, end), cancelled: ex?.kind === "cancelled" });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

describe("occurrences of an activity", () => {
  it(`equal the rrule library's expansion over 2026 for ${CASES.length} rules, and read as Dutch`, async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    const f = await createFacility(world.db, { pc4: "3512" });
    const items = CASES.map((c, i) =>
      ZActivityItem.parse({
        name: `Activiteit ${i}`,
        kind: "ontmoeten",
        rrule: c.rrule,
        start_time: c.start ?? "10:00",
        end_time: c.end ?? "12:00",
        valid_from: c.from,
        valid_until: c.until ?? null,
        exceptions: c.exceptions ?? [],
      }),
    );
    await world.db.$transaction((tx) => writeProgramme(tx, f.id, items));
    const rows = await findOccurrences(world.pool, {
      scope: { facilityId: f.id },
      from: "2026-01-01",
      to: "2026-12-31",
      limit: 10_000,
    });
    const stored = await world.db.activity.findMany({ where: { facilityId: f.id }, orderBy: { createdAt: "asc" } });
    expect(stored).toHaveLength(CASES.length);
    let total = 0;
    for (const [i, c] of CASES.entries()) {
      const a = stored.find((s) => s.name === `Activiteit ${i}`);
      expect(a, c.rrule ?? "once").toBeDefined();
      const got = rows
        .filter((r) => r.activity_id === a?.id)
        .map((r) => ({
          start: r.starts.toISOString(),
          end: r.ends.toISOString(),
          cancelled: r.exception === "cancelled",
        }));
      const want = expected(c, c.start ?? "10:00", c.end ?? "12:00");
      expect(got, `${c.rrule} from ${c.from}`).toEqual(want);
      total += want.length;
      const item = items[i];
      if (!item) throw new Error("no item");
      expect(
        describeRule(parseRRule(item.rrule, item.valid_from), nl.activities.rule as RuleWords, "nl", {
          validFrom: item.valid_from,
          start: item.start_time,
          end: item.end_time,
        }),
      ).toBe(c.text);
    }
    expect(total).toBeGreaterThan(500);

    // Around a point (the index path, a day at a time) the same dates come out as for the facility.
    const near = await findOccurrences(world.pool, {
      scope: { near: { lat: f.lat, lng: f.lng }, radiusM: 50 },
      from: "2026-01-01",
      to: "2026-12-31",
      limit: 10_000,
    });
    const key = (r: { activity_id: string; starts: Date; exception: string | null }) =>
      `${r.activity_id} ${r.starts.toISOString()} ${r.exception}`;
    expect(near.filter((r) => r.facility_id === f.id).map(key)).toEqual(rows.map(key));
    // Paged by cursor, around the point: the same dates, each once.
    const paged: typeof near = [];
    let after: { t: number; d: number; id: string } | undefined;
    for (;;) {
      const page = await findOccurrences(world.pool, {
        scope: { near: { lat: f.lat, lng: f.lng }, radiusM: 50 },
        from: "2026-03-01",
        to: "2026-03-31",
        limit: 7,
        ...(after ? { after } : {}),
      });
      paged.push(...page);
      const last = page.at(-1);
      if (page.length < 7 || !last) break;
      after = { t: last.starts.getTime(), d: last.distance_m, id: last.activity_id };
    }
    const march = rows.filter((r) => r.day >= "2026-03-01" && r.day <= "2026-03-31");
    expect(paged.filter((r) => r.facility_id === f.id).map(key)).toEqual(march.map(key));
  });

  it("follows its facility: moved, the activities are found at the new place; closed, not at all", async () => {
    const f = await createFacility(world.db, { pc4: "3512" });
    const item = ZActivityItem.parse({
      name: "Koffie",
      kind: "ontmoeten",
      rrule: "FREQ=WEEKLY;BYDAY=TU",
      start_time: "10:00",
      end_time: "11:00",
      valid_from: "2026-01-01",
    });
    await world.db.$transaction((tx) => writeProgramme(tx, f.id, [item]));
    const at = (lat: number, lng: number) =>
      findOccurrences(world.pool, {
        scope: { near: { lat, lng }, radiusM: 200 },
        from: "2026-12-08",
        to: "2026-12-08",
        limit: 100,
      }).then((rows) => rows.filter((r) => r.facility_id === f.id).length);
    expect(await at(f.lat, f.lng)).toBe(1);
    await world.db.facility.update({ where: { id: f.id }, data: { lat: f.lat + 0.05 } });
    expect(await at(f.lat, f.lng)).toBe(0);
    expect(await at(f.lat + 0.05, f.lng)).toBe(1);
    await world.db.facility.update({ where: { id: f.id }, data: { status: "closed" } });
    expect(await at(f.lat + 0.05, f.lng)).toBe(0);
  });

  it("refuses rules it would expand wrongly, naming the part", () => {
    const bad = (rrule: string) =>
      ZActivityItem.safeParse({
        name: "Koffie",
        kind: "ontmoeten",
        rrule,
        start_time: "10:00",
        end_time: "11:00",
        valid_from: "2026-01-01",
      }).error?.issues[0]?.message;
    expect(bad("FREQ=MONTHLY;BYSETPOS=1;BYDAY=MO")).toMatch(/^BYSETPOS: /);
    expect(bad("FREQ=YEARLY")).toMatch(/^FREQ: /);
    expect(bad("FREQ=MONTHLY;BYDAY=TU")).toMatch(/^BYDAY: /);
    expect(bad("FREQ=MONTHLY;BYDAY=-2FR")).toMatch(/^BYDAY: /);
    expect(bad("FREQ=WEEKLY;BYDAY=XX")).toMatch(/^BYDAY: /);
    expect(bad("FREQ=WEEKLY;UNTIL=20261231")).toMatch(/^UNTIL: /);
    expect(bad("FREQ=WEEKLY;INTERVAL=0")).toMatch(/^INTERVAL: /);
    // A moved date that would end before it starts; a date outside the calendar PostgreSQL keeps.
    const base = {
      name: "Koffie",
      kind: "ontmoeten",
      rrule: "FREQ=WEEKLY;BYDAY=MO",
      start_time: "10:00",
      end_time: "12:00",
    };
    const moved = ZActivityItem.safeParse({
      ...base,
      valid_from: "2026-01-05",
      exceptions: [{ date: "2026-01-12", kind: "moved", new_date: "2026-01-13", new_start_time: "18:00" }],
    });
    expect(moved.error?.issues[0]?.path).toEqual(["exceptions", 0, "new_end_time"]);
    expect(ZActivityItem.safeParse({ ...base, valid_from: "0000-01-01" }).success).toBe(false);
    // The same activity twice in a programme.
    const id = "0b8a3c1e-2f4d-4e6a-9b1c-3d5e7f9a1b2c";
    expect(
      ZActivityList.safeParse([
        { ...base, id, valid_from: "2026-01-05" },
        { ...base, id, valid_from: "2026-01-05" },
      ]).success,
    ).toBe(false);
  });

  it("gives a programme only what is current, at most n dates of each activity; a date moved onto a holiday goes ahead", async () => {
    const f = await createFacility(world.db, { pc4: "3512" });
    const item = (name: string, extra: Record<string, unknown>) =>
      ZActivityItem.parse({ name, kind: "ontmoeten", start_time: "10:00", end_time: "11:00", ...extra });
    await world.db.$transaction((tx) =>
      writeProgramme(tx, f.id, [
        item("Dagelijks", { rrule: "FREQ=DAILY", valid_from: "2026-01-01" }),
        item("Voorbij", { rrule: "FREQ=WEEKLY;BYDAY=MO", valid_from: "2026-01-01", valid_until: "2026-06-30" }),
        item("Geweest", { rrule: null, valid_from: "2026-03-01" }),
        item("Koningsdag verplaatst", {
          rrule: "FREQ=WEEKLY;BYDAY=MO",
          valid_from: "2027-04-01",
          skip_holidays: true,
          exceptions: [{ date: "2027-04-26", kind: "moved", new_date: "2027-04-27" }],
        }),
      ]),
    );
    const programme = await getProgramme(
      world.db,
      world.pool,
      { facilityId: f.id },
      { now: new Date("2027-04-20T08:00:00Z"), perActivity: 3 },
    );
    expect(programme.map((p) => p.activity.name).sort()).toEqual(["Dagelijks", "Koningsdag verplaatst"]);
    expect(programme.find((p) => p.activity.name === "Dagelijks")?.next).toHaveLength(3);
    const koningsdag = programme
      .find((p) => p.activity.name === "Koningsdag verplaatst")
      ?.next.find((o) => o.date === "2027-04-27");
    expect(koningsdag).toMatchObject({ cancelled: false, moved_from: "2027-04-26" });
  });
});
