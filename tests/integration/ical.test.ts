import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as facilityIcs } from "@/app/api/v1/facilities/[slug]/activities.ics/route";
import { GET as organizationIcs } from "@/app/api/v1/organizations/[slug]/activities.ics/route";
import { ZActivityItem, type TActivityItem } from "@/lib/schemas/activity";
import { findOccurrences } from "@/lib/server/activities/find-occurrences";
import { icalFeed } from "@/lib/server/activities/ical-feed";
import { loadProgramme } from "@/lib/server/activities/load-programme";
import { toOccurrence } from "@/lib/server/activities/occurrence-view";
import { writeProgramme } from "@/lib/server/activities/write-programme";

import { createFacility, createOrganization, withScratchWorld } from "../factories";

// Issue 16, the iCalendar feeds: an independent reader (ical.js, with the feed's own VTIMEZONEs, EXDATEs and the
// overriding VEVENTs of moved dates) expands every activity over March–November 2026 — both DST changes — to exactly
// the dates the occurrence finder gives and does not call cancelled (skipped public holidays included). UIDs stay;
// SEQUENCE and LAST-MODIFIED move only for the activity that changed. Then the route handlers, as a calendar app
// calls them. Deventer and Antwerpen names, not the demo data's.

const world = withScratchWorld("ical", { asAppDatabase: true });
const FROM = "2026-03-01";
const TO = "2026-11-30";
const NOW = new Date("2026-06-01T10:00:00Z");

const cancelled = (date: string, reason: string | null = null) => ({
  date,
  kind: "cancelled" as const,
  reason,
  new_date: null,
  new_start_time: null,
  new_end_time: null,
});
const moved = (date: string, to: string, start: string | null = null, end: string | null = null) => ({
  date,
  kind: "moved" as const,
  reason: "Zaal bezet",
  new_date: to,
  new_start_time: start,
  new_end_time: end,
});
const item = (x: Record<string, unknown>) => ZActivityItem.parse({ kind: "ontmoeten", ...x });

const PROGRAMME = [
  item({
    name: "Koffieochtend De Waag",
    summary: "Koffie, thee en een praatje; iedereen welkom, ook zonder afspraak.",
    rrule: "FREQ=WEEKLY;BYDAY=MO,WE",
    start_time: "10:00",
    end_time: "12:00",
    valid_from: "2026-01-05",
    skip_holidays: true, // 6 April (2e paasdag), 27 April (Koningsdag), 25 May (2e pinksterdag) are Mondays
    exceptions: [cancelled("2026-04-13", "Ledenvergadering"), moved("2026-06-15", "2026-06-16", "14:00", "16:00")],
  }),
  item({
    name: "Taalcafé Deventer",
    kind: "taalcafe",
    rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
    start_time: "19:00",
    end_time: "21:00",
    valid_from: "2026-01-08",
    cost: "contribution",
    cost_text: "€ 1,50; koffie inbegrepen",
  }),
  item({
    name: "Spreekuur geldzaken",
    kind: "spreekuur",
    rrule: "FREQ=MONTHLY;BYDAY=1TU,3TU",
    start_time: "13:00",
    end_time: "17:00",
    valid_from: "2026-02-01",
    valid_until: "2026-10-20",
    registration: "required",
    registration_text: "Bel 0570 123 456",
    exceptions: [moved("2026-04-07", "2026-04-08")],
  }),
  item({
    name: "Repair café",
    kind: "repair-cafe",
    rrule: "FREQ=MONTHLY;BYDAY=-1FR",
    start_time: "17:30",
    end_time: "20:00",
    valid_from: "2026-01-01",
    exceptions: [cancelled("2026-10-30", "Herfstvakantie")],
  }),
  item({ name: "Zomerfeest", rrule: null, start_time: "14:00", end_time: "18:00", valid_from: "2026-07-04" }),
  item({
    name: "Lezing over de IJssel",
    kind: "cursus",
    rrule: null,
    start_time: "20:00",
    end_time: "21:30",
    valid_from: "2026-09-10",
    exceptions: [cancelled("2026-09-10", "Spreker ziek")],
  }),
  item({
    name: "Zondagwandeling",
    kind: "bewegen",
    rrule: "FREQ=WEEKLY;BYDAY=SU",
    start_time: "09:00",
    end_time: "10:30",
    valid_from: "2026-03-01",
    valid_until: "2026-11-29",
  }),
  item({
    name: "Breicafé",
    kind: "creatief",
    rrule: "FREQ=WEEKLY;BYDAY=TU",
    start_time: "14:00",
    end_time: "16:00",
    valid_from: "2026-03-03",
    // moved from a Wednesday the rule does not give: an extra date
    exceptions: [moved("2026-05-13", "2026-05-14")],
  }),
];

type Instance = { id: string; start: string; end: string };
const key = (i: Instance) => `${i.id} ${i.start} ${i.end}`;

/** Every instance ical.js finds in the feed whose start falls on a local date in [from, to]. */
function expand(text: string, from: string, to: string): Instance[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const byUid = new Map<string, ICAL.Component[]>();
  for (const v of cal.getAllSubcomponents("vevent")) {
    const uid = String(v.getFirstPropertyValue("uid"));
    byUid.set(uid, [...(byUid.get(uid) ?? []), v]);
  }
  const out: Instance[] = [];
  const until = ICAL.Time.fromDateString(to).adjust(40, 0, 0, 0); // a moved date can come from past the window
  for (const [uid, parts] of byUid) {
    const master = parts.find((p) => !p.hasProperty("recurrence-id"));
    if (!master) throw new Error(`${uid}: no master VEVENT`);
    if (master.getFirstPropertyValue("status") === "CANCELLED") continue;
    // Given its own exceptions (else ical.js relates every RECURRENCE-ID in the calendar); strict: same UID only.
    const event = new ICAL.Event(master, { strictExceptions: true, exceptions: parts.filter((p) => p !== master) });
    const push = (start: ICAL.Time, end: ICAL.Time) => {
      const day = start.toString().slice(0, 10);
      if (day >= from && day <= to)
        out.push({
          id: uid.split("@")[0] ?? "",
          start: start.toJSDate().toISOString(),
          end: end.toJSDate().toISOString(),
        });
    };
    if (!event.isRecurring()) {
      push(event.startDate, event.endDate);
      continue;
    }
    const it = event.iterator();
    for (let next = it.next(); next && next.compare(until) < 0; next = it.next()) {
      const d = event.getOccurrenceDetails(next);
      push(d.startDate, d.endDate);
    }
  }
  return out.sort((a, b) => key(a).localeCompare(key(b)));
}

async function expected(scope: { facilityId: string } | { organizationId: string }): Promise<Instance[]> {
  const rows = await findOccurrences(world.pool, { scope, from: FROM, to: TO, limit: 10_000 });
  return rows
    .map((r) => ({ r, o: toOccurrence(r) }))
    .filter(({ o }) => !o.cancelled)
    .map(({ r }) => ({ id: r.activity_id, start: r.starts.toISOString(), end: r.ends.toISOString() }))
    .sort((a, b) => key(a).localeCompare(key(b)));
}

/** The VEVENTs' SEQUENCE and LAST-MODIFIED by UID (the master's). */
function versions(text: string): Map<string, { sequence: number; modified: string }> {
  const cal = new ICAL.Component(ICAL.parse(text));
  return new Map(
    cal
      .getAllSubcomponents("vevent")
      .filter((v) => !v.hasProperty("recurrence-id"))
      .map((v) => [
        String(v.getFirstPropertyValue("uid")),
        {
          sequence: Number(v.getFirstPropertyValue("sequence")),
          modified: String(v.getFirstPropertyValue("last-modified")),
        },
      ]),
  );
}

const made = {} as { org: { id: string; slug: string }; waag: { id: string; slug: string }; antwerpen: { id: string } };

beforeAll(async () => {
  const org = await createOrganization(world.db, { name: "Stichting Buurtwerk Deventer" });
  const waag = await createFacility(world.db, { pc4: "7411", name: "Buurthuis De Waag", operatorId: org.id });
  const antwerpen = await createFacility(world.db, { name: "Buurtkamer Het Schipperskwartier", operatorId: org.id });
  // A Flemish address: four-digit postcode, so its activities keep Europe/Brussels (writeProgramme).
  await world.db.facility.update({ where: { id: antwerpen.id }, data: { postcode: "2000", place: "Antwerpen" } });
  await world.db.$transaction((tx) => writeProgramme(tx, waag.id, PROGRAMME, new Date("2026-01-02T09:00:00Z")));
  await world.db.$transaction((tx) =>
    writeProgramme(tx, antwerpen.id, [
      item({
        name: "Taalcafé Antwerpen",
        kind: "taalcafe",
        rrule: "FREQ=WEEKLY;BYDAY=SA",
        start_time: "10:00",
        end_time: "12:00",
        valid_from: "2026-01-03",
        skip_holidays: true,
      }),
    ]),
  );
  Object.assign(made, { org, waag, antwerpen });
});

describe("a facility's iCalendar feed", () => {
  it("expands in ical.js to exactly the finder's dates that are not cancelled, across both DST changes", async () => {
    const text = await icalFeed({ name: "De Waag", scope: { facilityId: made.waag.id }, now: NOW, pool: world.pool });
    const got = expand(text, FROM, TO);
    const want = await expected({ facilityId: made.waag.id });
    expect(want.length).toBeGreaterThan(150);
    expect(got).toEqual(want);

    // What that equality rests on, spelled out: 10:00 stays 10:00 on both sides of each change…
    const walks = got.filter((i) => i.start.startsWith("2026-03-22") || i.start.startsWith("2026-03-29"));
    expect(walks.map((i) => i.start)).toEqual(["2026-03-22T08:00:00.000Z", "2026-03-29T07:00:00.000Z"]);
    expect(got.some((i) => i.start === "2026-10-25T08:00:00.000Z")).toBe(true); // 09:00 CET
    expect(got.some((i) => i.start === "2026-10-18T07:00:00.000Z")).toBe(true); // 09:00 CEST
    // …public holidays and cancelled dates are gone, moved ones are at their new time, the once-cancelled one is off.
    for (const gone of ["2026-04-06T08:00", "2026-04-27T08:00", "2026-05-25T08:00", "2026-04-13T08:00"])
      expect(
        got.some((i) => i.start.startsWith(gone)),
        gone,
      ).toBe(false);
    expect(got.some((i) => i.start === "2026-06-16T12:00:00.000Z")).toBe(true);
    expect(got.some((i) => i.start === "2026-05-14T12:00:00.000Z")).toBe(true); // Breicafé's extra Thursday
    expect(text).toContain("STATUS:CANCELLED");
    expect(text).toMatch(/EXDATE;TZID=Europe\/Amsterdam:[0-9T,]*20260406T100000/);
    expect(text).toMatch(/RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU;UNTIL=20261020T215959Z\r\n/);
    expect(text).toMatch(/RECURRENCE-ID;TZID=Europe\/Amsterdam:20260615T100000\r\n/);
  });

  it("is RFC 5545 text: CRLF, folded at 75 octets without splitting a character, escaped", async () => {
    const text = await icalFeed({ name: "De Waag", scope: { facilityId: made.waag.id }, now: NOW, pool: world.pool });
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).not.toContain("\uFFFD");
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("€ 1\\,50\\; koffie inbegrepen");
    expect(unfolded).toContain("Koffie\\, thee en een praatje\\; iedereen welkom\\, ook zonder afspraak.\\n");
    for (const name of ["METHOD:PUBLISH", "CALSCALE:GREGORIAN", "X-WR-TIMEZONE:Europe/Amsterdam", "X-PUBLISHED-TTL:"])
      expect(unfolded).toContain(name);
    expect(unfolded).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam\r\n/);
    expect(unfolded).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    expect(unfolded).toMatch(/GEO:52\.\d{6};6\.\d{6}/);
    expect(unfolded).toContain(`URL;VALUE=URI:http://localhost:3000/locaties/${made.waag.slug}`);
  });

  it("keeps UIDs; SEQUENCE and LAST-MODIFIED move for a changed activity only", async () => {
    const before = await icalFeed({ name: "x", scope: { facilityId: made.waag.id }, now: NOW, pool: world.pool });
    expect(await icalFeed({ name: "x", scope: { facilityId: made.waag.id }, now: NOW, pool: world.pool })).toBe(before);
    const current = await loadProgramme(world.db, made.waag.id);
    const changed: TActivityItem[] = current.map((a) =>
      a.name === "Taalcafé Deventer" ? { ...a, start_time: "19:30" } : a,
    );
    await world.db.$transaction((tx) => writeProgramme(tx, made.waag.id, changed, new Date("2026-06-02T08:00:00Z")));
    const after = await icalFeed({ name: "x", scope: { facilityId: made.waag.id }, now: NOW, pool: world.pool });

    const [v0, v1] = [versions(before), versions(after)];
    expect([...v1.keys()].sort()).toEqual([...v0.keys()].sort());
    expect(v0.size).toBe(PROGRAMME.length);
    const taal = current.find((a) => a.name === "Taalcafé Deventer")?.id;
    for (const [uid, v] of v1) {
      expect(uid).toMatch(/^[0-9a-f-]{36}@localhost$/);
      const was = v0.get(uid);
      if (uid.startsWith(`${taal}@`)) {
        expect(v.sequence).toBe((was?.sequence ?? 0) + 1);
        expect(v.modified).toBe("2026-06-02T08:00:00Z");
      } else expect(v, uid).toEqual(was);
    }
    expect(expand(after, FROM, TO)).toEqual(await expected({ facilityId: made.waag.id }));
  });
});

describe("GET …/activities.ics", () => {
  const call = async (handler: typeof facilityIcs, path: string, slug: string, init?: RequestInit) =>
    handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve({ slug }) });

  it("answers a facility's feed as text/calendar for a CDN, and 304 for an unchanged one", async () => {
    const path = `/api/v1/facilities/${made.waag.slug}/activities.ics`;
    const res = await call(facilityIcs, path, made.waag.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=300/);
    const text = await res.text();
    expect(text).toContain("X-WR-CALNAME:Buurthuis De Waag: activiteiten");
    expect(versions(text).size).toBe(PROGRAMME.length);
    const etag = res.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    const again = await call(facilityIcs, path, made.waag.slug, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);

    const en = await (await call(facilityIcs, `${path}?lang=en`, made.waag.slug)).text();
    expect(en.replace(/\r\n /g, "")).toContain("Registration: Bel 0570 123 456");
    expect(en).toContain(`/en/locaties/${made.waag.slug}`);
  });

  it("gives an organisation's facilities in one feed, each in its own time zone", async () => {
    const org = await createOrganization(world.db);
    const path = `/api/v1/organizations/${made.org.slug}/activities.ics`;
    const res = await call(organizationIcs, path, made.org.slug);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("TZID:Europe/Brussels");
    expect(text).toContain("DTSTART;TZID=Europe/Brussels:20260103T100000");
    expect(versions(text).size).toBe(PROGRAMME.length + 1);
    expect(expand(text, FROM, TO)).toEqual(await expected({ organizationId: made.org.id }));
    // Belgian holidays for the Belgian one: 21 July 2026 is a Tuesday, 15 August (Maria-Hemelvaart) a Saturday.
    expect(text).toMatch(/EXDATE;TZID=Europe\/Brussels:[0-9T,]*20260815T100000/);

    const empty = await call(organizationIcs, `/api/v1/organizations/${org.slug}/activities.ics`, org.slug);
    expect(empty.status).toBe(200);
    expect(await empty.text()).not.toContain("BEGIN:VEVENT");
  });

  it("answers 404 problem+json for an unknown slug and 400 for a bad language", async () => {
    for (const [handler, kind] of [
      [facilityIcs, "facilities"],
      [organizationIcs, "organizations"],
    ] as const) {
      const res = await call(handler, `/api/v1/${kind}/bestaat-niet/activities.ics`, "bestaat-niet");
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({ status: 404 });
    }
    const bad = await call(facilityIcs, `/api/v1/facilities/${made.waag.slug}/activities.ics?lang=fr`, made.waag.slug);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
  });
});
