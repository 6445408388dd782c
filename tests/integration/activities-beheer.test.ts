import { beforeAll, describe, expect, it } from "vitest";

import type { UserActor } from "@/lib/auth/actor";
import { activityInput, ruleOfValues } from "@/lib/forms/activity-form";
import type { TActivityItem } from "@/lib/schemas/activity";
import { findOccurrences } from "@/lib/server/activities/find-occurrences";
import { loadProgramme } from "@/lib/server/activities/load-programme";
import { getProgrammeEditView } from "@/lib/server/beheer/get-programme-edit-view";
import { getWeekActivities } from "@/lib/server/beheer/get-week-activities";
import { previewActivity } from "@/lib/server/beheer/preview-activity-dates";
import { reapplyActivity, removeActivity, saveActivity } from "@/lib/server/beheer/save-activity";
import { setActivityDate } from "@/lib/server/beheer/set-activity-date";
import { submitChange } from "@/lib/server/edit/apply";
import { approveChange } from "@/lib/server/edit/decide";
import { ConflictError, EditError } from "@/lib/server/edit/errors";
import { history } from "@/lib/server/edit/revisions";

import { createFacility, createOrganization, createPerson, withScratchWorld } from "../factories";

// Issue 16 in /beheer: the programme's use cases against a real PostgreSQL — who may add an activity where, an
// untrusted organisation's change waiting for a moderator, one date cancelled and back on, the revisions, a stale
// save's conflict, and the form's preview giving the dates the public pages will show. Deventer and Zutphen rows of
// its own; a fixed "now" (Monday 1 February 2027, 09:00 in Amsterdam).

const w = withScratchWorld("activities_beheer", { asAppDatabase: true });
const NOW = new Date("2027-02-01T08:00:00Z");
let trusted: { org: string; a: string; b: string };
let untrusted: { org: string; c: string };
let people: Record<"volunteerA" | "editorTrusted" | "editorUntrusted" | "moderator", UserActor>;

/** The form's values for "Repair café, elke 1e en 3e dinsdag 13–17 uur" as a person fills them in. */
const REPAIR = {
  name: "Repair café De Worp",
  summary: "Samen kapotte spullen maken",
  kind: "repair-cafe",
  often: "maand",
  nths: "1,3",
  month_day: "TU",
  start_time: "13:00",
  end_time: "17:00",
  valid_from: "2027-01-01",
  cost: "contribution",
  cost_text: "€ 2 voor koffie",
  registration: "none",
  languages: "nl,en",
  audiences: "iedereen",
};
const input = (values: Record<string, string>) => {
  const made = ruleOfValues(values);
  if (!("rule" in made)) throw new Error(`rule problems: ${JSON.stringify(made)}`);
  return activityInput(values, made.rule);
};
const version = async (id: string) =>
  (await w.pool.query<{ version: number }>("SELECT version FROM facility WHERE id = $1", [id])).rows[0]!.version;
const status = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof EditError ? e.status : e instanceof ConflictError ? 409 : e),
  );
const onlyActivity = async (facilityId: string): Promise<TActivityItem & { id: string }> => {
  const [a, ...rest] = await loadProgramme(w.db, facilityId);
  expect(rest).toEqual([]);
  return { ...a!, id: a!.id! };
};

beforeAll(async () => {
  const t = await createOrganization(w.db, { name: "Stichting Wijkwerk Deventer", publishesDirectly: true });
  const u = await createOrganization(w.db, { name: "Bewonersvereniging Zutphen-Noord", publishesDirectly: false });
  const a = await createFacility(w.db, { operatorId: t.id, pc4: "7411", name: "Buurthuis De Worp" });
  const b = await createFacility(w.db, { operatorId: t.id, pc4: "7412", name: "Wijkcentrum Keizerslanden" });
  const c = await createFacility(w.db, { operatorId: u.id, pc4: "7201", name: "Dorpshuis De Hoven" });
  trusted = { org: t.id, a: a.id, b: b.id };
  untrusted = { org: u.id, c: c.id };
  people = {
    volunteerA: await createPerson(w.db, { delegateOf: [a.id] }),
    editorTrusted: await createPerson(w.db, { memberOf: { [t.id]: "editor" } }),
    editorUntrusted: await createPerson(w.db, { memberOf: { [u.id]: "editor" } }),
    moderator: await createPerson(w.db, { role: "moderator" }),
  };
});

describe("the form's choices", () => {
  it("make the RRULE the API stores for the 1st and 3rd Tuesday", () => {
    expect(input(REPAIR).rrule).toBe("FREQ=MONTHLY;BYDAY=1TU,3TU");
  });
});

describe("who may add an activity", () => {
  it("a volunteer of facility A adds to A (live: A's organisation publishes directly), not to B", async () => {
    const { volunteerA } = people;
    const out = await saveActivity({
      actor: volunteerA,
      facilityId: trusted.a,
      seenVersion: await version(trusted.a),
      activity: input(REPAIR),
    });
    expect(out.outcome).toBe("applied");
    const a = await onlyActivity(trusted.a);
    expect([a.name, a.rrule, a.start_time, a.end_time, a.cost]).toEqual([
      "Repair café De Worp",
      "FREQ=MONTHLY;BYDAY=1TU,3TU",
      "13:00",
      "17:00",
      "contribution",
    ]);
    const refused = saveActivity({
      actor: volunteerA,
      facilityId: trusted.b,
      seenVersion: await version(trusted.b),
      activity: input(REPAIR),
    });
    expect(await status(refused)).toBe(403);
    expect(await loadProgramme(w.db, trusted.b)).toEqual([]);
    expect(await status(saveActivity({ actor: null, facilityId: trusted.a, seenVersion: 1, activity: {} }))).toBe(401);
  });

  it("the revision of that change is in the facility's history, by the volunteer", async () => {
    const items = await history(w.db, people.editorTrusted, "facility", trusted.a);
    const added = items.find((h) => h.changes.some((c) => c.field === "activities"));
    expect(added?.actorLabel).toBe(people.volunteerA.label);
    const change = added?.changes.find((c) => c.field === "activities");
    expect((change?.after as { name: string }[]).map((x) => x.name)).toEqual(["Repair café De Worp"]);
  });

  it("says which field is wrong, and saves nothing", async () => {
    const bad = saveActivity({
      actor: people.editorTrusted,
      facilityId: trusted.a,
      seenVersion: await version(trusted.a),
      activity: input({ ...REPAIR, name: "R", end_time: "12:00" }),
    });
    await expect(bad).rejects.toMatchObject({ name: "ZodError" });
    expect((await loadProgramme(w.db, trusted.a)).map((a) => a.name)).toEqual(["Repair café De Worp"]);
  });
});

describe("an untrusted organisation's change", () => {
  it("waits for a moderator (listed as waiting on the edit page), then goes live", async () => {
    const { editorUntrusted, moderator } = people;
    const out = await saveActivity({
      actor: editorUntrusted,
      facilityId: untrusted.c,
      seenVersion: await version(untrusted.c),
      activity: input({ ...REPAIR, name: "Taalcafé De Hoven", kind: "taalcafe", often: "week", days: "WE" }),
    });
    expect(out.outcome).toBe("pending");
    expect(await loadProgramme(w.db, untrusted.c)).toEqual([]);
    const view = await getProgrammeEditView({ actor: editorUntrusted, facilityId: untrusted.c, lang: "nl", now: NOW });
    expect(view.pending).toEqual([{ name: "Taalcafé De Hoven", removed: false }]);
    if (out.outcome !== "pending") throw new Error("not pending");
    await approveChange(w.db, moderator, out.changeRequestId);
    expect((await onlyActivity(untrusted.c)).rrule).toBe("FREQ=WEEKLY;BYDAY=WE");
  });
});

describe("one date", () => {
  it("is cancelled with a reason and back on again; each a revision; the public dates say so", async () => {
    const { editorTrusted } = people;
    const a = await onlyActivity(trusted.a);
    const dates = async () =>
      (
        await findOccurrences(w.pool, {
          scope: { facilityId: trusted.a },
          from: "2027-02-01",
          to: "2027-02-28",
          limit: 10,
        })
      ).map((r) => [r.day, r.exception, r.reason]);
    const revisions = async () => (await history(w.db, editorTrusted, "facility", trusted.a)).length;
    const before = await revisions();
    const cancelled = await setActivityDate({
      actor: editorTrusted,
      facilityId: trusted.a,
      activityId: a.id,
      date: "2027-02-16",
      cancelled: true,
      reason: "Carnaval",
    });
    expect(cancelled.outcome).toBe("applied");
    expect(await dates()).toEqual([
      ["2027-02-02", null, null],
      ["2027-02-16", "cancelled", "Carnaval"],
    ]);
    const week = await getWeekActivities({
      actor: editorTrusted,
      facilityIds: [trusted.a, untrusted.c],
      lang: "nl",
      now: new Date("2027-02-15T08:00:00Z"),
    });
    // Not the other organisation's dorpshuis: this editor may not edit it.
    expect(week.map((f) => f.id)).toEqual([trusted.a]);
    expect(week[0]?.dates.map((d) => [d.date, d.cancelled, d.reason, d.mayRestore])).toEqual([
      ["2027-02-16", true, "Carnaval", true],
    ]);
    await setActivityDate({
      actor: editorTrusted,
      facilityId: trusted.a,
      activityId: a.id,
      date: "2027-02-16",
      cancelled: false,
    });
    expect(await dates()).toEqual([
      ["2027-02-02", null, null],
      ["2027-02-16", null, null],
    ]);
    expect(await revisions()).toBe(before + 2);
    // Someone else's facility: refused, nothing written.
    const other = setActivityDate({
      actor: people.volunteerA,
      facilityId: untrusted.c,
      activityId: (await onlyActivity(untrusted.c)).id,
      date: "2027-02-03",
      cancelled: true,
    });
    expect(await status(other)).toBe(403);
  });

  it("a cancellation by an untrusted organisation waits, and the week and edit page show it as waiting", async () => {
    const { editorUntrusted, moderator } = people;
    const c = await onlyActivity(untrusted.c);
    // A second activity, live (a moderator's change): the waiting change names only the one it changes.
    const coffee = { ...REPAIR, name: "Koffieochtend", kind: "ontmoeten", often: "eenmalig", once_date: "2027-03-10" };
    const added = await saveActivity({
      actor: moderator,
      facilityId: untrusted.c,
      seenVersion: await version(untrusted.c),
      activity: input(coffee),
    });
    expect(added.outcome).toBe("applied");
    const out = await setActivityDate({
      actor: editorUntrusted,
      facilityId: untrusted.c,
      activityId: c.id,
      date: "2027-02-03",
      cancelled: true,
    });
    expect(out.outcome).toBe("pending");
    const week = await getWeekActivities({ actor: editorUntrusted, facilityIds: [untrusted.c], lang: "nl", now: NOW });
    expect(week[0]?.dates.map((d) => [d.date, d.cancelled, d.pending])).toEqual([["2027-02-03", false, true]]);
    const view = await getProgrammeEditView({ actor: editorUntrusted, facilityId: untrusted.c, lang: "nl", now: NOW });
    expect(view.pending).toEqual([{ name: "Taalcafé De Hoven", removed: false }]);
    expect(view.items.map((i) => [i.activity.name, i.next.length])).toEqual([
      ["Taalcafé De Hoven", 5],
      ["Koffieochtend", 1],
    ]);
  });
});

describe("the form's preview", () => {
  it("gives the five dates the stored activity gives (same SQL test), with a public holiday cancelled", async () => {
    const preview = await previewActivity({
      actor: people.volunteerA,
      facilityId: trusted.a,
      input: input(REPAIR),
      lang: "nl",
      now: NOW,
    });
    expect(preview.map((d) => d.date)).toEqual(["2027-02-02", "2027-02-16", "2027-03-02", "2027-03-16", "2027-04-06"]);
    const stored = await findOccurrences(w.pool, {
      scope: { facilityId: trusted.a },
      from: "2027-02-01",
      to: "2027-04-06",
      limit: 10,
    });
    expect(stored.map((r) => r.day)).toEqual(preview.map((d) => d.date));
    // Every Monday, not on public holidays: Easter Monday 2027 (29 March) is cancelled with its name.
    const mondays = await previewActivity({
      actor: people.volunteerA,
      facilityId: trusted.a,
      input: input({ ...REPAIR, often: "week", days: "MO", skip_holidays: "ja" }),
      lang: "nl",
      now: new Date("2027-03-20T08:00:00Z"),
    });
    expect(mondays.map((d) => [d.date, d.cancelled, d.reason])).toEqual([
      ["2027-03-22", false, null],
      ["2027-03-29", true, "Tweede paasdag"],
      ["2027-04-05", false, null],
      ["2027-04-12", false, null],
      ["2027-04-19", false, null],
    ]);
    expect(
      await status(
        previewActivity({ actor: people.volunteerA, facilityId: trusted.b, input: input(REPAIR), lang: "nl" }),
      ),
    ).toBe(403);
  });
});

describe("a stale save", () => {
  it("is a conflict carrying only this activity; re-applied, it keeps the other person's change", async () => {
    const { editorTrusted, volunteerA } = people;
    const a = await onlyActivity(trusted.a);
    const seen = await version(trusted.a);
    await submitChange(w.db, editorTrusted, "facility", trusted.a, seen, { phone: "0570 123 456" });
    const stale = saveActivity({
      actor: volunteerA,
      facilityId: trusted.a,
      seenVersion: seen,
      activity: { ...input(REPAIR), id: a.id, start_time: "13:30" },
    });
    const conflict = await stale.catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    const c = conflict as ConflictError;
    expect(c.theirs.map((x) => x.field)).toContain("phone");
    expect(Object.keys(c.mine)).toEqual(["activity"]);
    const out = await reapplyActivity({
      actor: volunteerA,
      facilityId: trusted.a,
      version: c.currentVersion,
      mine: c.mine,
    });
    expect(out.outcome).toBe("applied");
    expect((await onlyActivity(trusted.a)).start_time).toBe("13:30");
    const phone = await w.pool.query<{ phone: string }>("SELECT phone FROM facility WHERE id = $1", [trusted.a]);
    expect(phone.rows[0]?.phone).toBe("0570 123 456");
  });

  it("removing an activity takes it out; an unknown one is a 404", async () => {
    const { editorTrusted } = people;
    const a = await onlyActivity(trusted.a);
    expect((await removeActivity({ actor: editorTrusted, facilityId: trusted.a, activityId: a.id })).outcome).toBe(
      "applied",
    );
    expect(await loadProgramme(w.db, trusted.a)).toEqual([]);
    expect(await status(removeActivity({ actor: editorTrusted, facilityId: trusted.a, activityId: a.id }))).toBe(404);
  });
});
