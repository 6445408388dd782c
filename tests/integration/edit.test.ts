import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { submitChange } from "@/lib/server/edit/apply";
import { approveChange, rejectChange } from "@/lib/server/edit/decide";
import { ConflictError, EditError } from "@/lib/server/edit/errors";
import { confirmCurrent, setTempState } from "@/lib/server/edit/facility-status";
import { proposeFacility } from "@/lib/server/edit/moderation";
import type { Outcome } from "@/lib/server/edit/outcome";
import { history, revertTo } from "@/lib/server/edit/revisions";
import { startOfNextAmsterdamDay as endOfAmsterdamDay } from "@/lib/time";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// The edit layer against a real PostgreSQL: authorisation for every role × mutation, optimistic locking under
// concurrency, moderation, revisions and revert, and the search index kept in step.

let w: EditWorld;
beforeAll(async () => {
  w = await createEditWorld("edit");
}, 120_000);
afterAll(async () => {
  await w?.drop();
});

const version = async (table: "facility" | "service" | "organization", id: string) =>
  (await w.pool.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id])).rows[0]!.version;

/** Status of an attempt: "ok" (applied or queued) or the HTTP status of the refusal. */
async function attempt(fn: () => Promise<unknown>): Promise<"ok" | number> {
  try {
    await fn();
    return "ok";
  } catch (e) {
    if (e instanceof EditError) return e.status;
    if (e instanceof ConflictError) return 409;
    throw e;
  }
}

describe("authorisation matrix (every role × every mutation of the edit layer)", () => {
  type Mutation = { name: string; run: (a: Actor | null) => Promise<unknown> };
  let pendingId = "";
  let revisionId = "";
  const mutations: Mutation[] = [
    {
      name: "edit own-org facility",
      run: async (a) =>
        submitChange(w.db, a, "facility", w.bigFacility, await version("facility", w.bigFacility), {
          description: `by ${a?.id} ${Math.random()}`,
        }),
    },
    {
      name: "edit dorpshuis",
      run: async (a) =>
        submitChange(w.db, a, "facility", w.dorpFacility, await version("facility", w.dorpFacility), {
          description: `by ${a?.id} ${Math.random()}`,
        }),
    },
    {
      name: "edit service",
      run: async (a) =>
        submitChange(w.db, a, "service", w.bigService, await version("service", w.bigService), {
          description: `by ${a?.id} ${Math.random()}`,
        }),
    },
    {
      name: "edit organisation",
      run: async (a) =>
        submitChange(w.db, a, "organization", w.bigOrg, await version("organization", w.bigOrg), {
          description: `by ${a?.id} ${Math.random()}`,
        }),
    },
    {
      name: "temporary status",
      run: (a) => setTempState(w.db, a, w.bigFacility, { state: "closed", reason: "Storing" }),
    },
    {
      name: "temporary status dorpshuis",
      run: (a) => setTempState(w.db, a, w.dorpFacility, { state: "open", reason: "Extra open" }),
    },
    { name: "alles klopt nog", run: (a) => confirmCurrent(w.db, a, w.bigFacility) },
    {
      name: "propose facility",
      run: (a) =>
        proposeFacility(w.db, a, w.bigOrg, {
          name: "Nieuw Dorpshuis",
          type: "dorpshuis",
          street: "Dorpsstraat",
          house_number: "9001",
          postcode: "3512 AB",
          place: "Utrecht",
        }),
    },
    { name: "approve", run: (a) => approveChange(w.db, a, pendingId) },
    { name: "reject", run: (a) => rejectChange(w.db, a, pendingId, { reason: "Niet nodig" }) },
    { name: "revert", run: async (a) => revertTo(w.db, a, revisionId, await version("facility", w.bigFacility)) },
  ];
  // "ok" = allowed. Change requests are private: to anyone but a moderator they do not exist (404).
  const deny = { approve: 404, reject: 404, revert: 403 };
  const expected: Record<string, Record<string, "ok" | number>> = {
    anonymous: Object.fromEntries(mutations.map((m) => [m.name, 401])),
    editor: {
      "edit own-org facility": "ok",
      "edit dorpshuis": 403,
      "edit service": "ok",
      "edit organisation": "ok",
      "temporary status": "ok",
      "temporary status dorpshuis": 403,
      "alles klopt nog": "ok",
      "propose facility": "ok",
      ...deny,
    },
    volunteer: {
      "edit own-org facility": 403,
      "edit dorpshuis": "ok",
      "edit service": 403,
      "edit organisation": 403,
      "temporary status": 403,
      "temporary status dorpshuis": "ok",
      "alles klopt nog": 403,
      "propose facility": 403,
      ...deny,
    },
    otherEditor: {
      "edit own-org facility": 403,
      "edit dorpshuis": 403,
      "edit service": 403,
      "edit organisation": 403,
      "temporary status": 403,
      "temporary status dorpshuis": 403,
      "alles klopt nog": 403,
      "propose facility": 403,
      ...deny,
    },
    moderator: Object.fromEntries(mutations.map((m) => [m.name, "ok"])),
  };
  expected.orgAdmin = expected.editor!;
  expected.token = expected.editor!;
  expected.otherVolunteer = expected.otherEditor!;
  expected.otherToken = expected.otherEditor!;
  expected.admin = expected.moderator!;

  it.each(Object.keys(expected))("%s", async (who) => {
    const actor = who === "anonymous" ? null : (w.actors as Record<string, Actor>)[who]!;
    const got: Record<string, "ok" | number> = {};
    for (const m of mutations) {
      // A fresh pending change and a fresh revision for every cell, made by the moderator.
      // (Approved cells create it at the same address each time: not the duplicate check's business here.)
      const cr = await proposeFacility(
        w.db,
        w.actors.editor,
        w.bigOrg,
        {
          name: `Wacht ${Math.random()}`,
          type: "buurthuis",
          street: "Straat",
          house_number: "9002",
          postcode: "3512 AB",
          place: "Utrecht",
        },
        { notDuplicate: true },
      );
      pendingId = cr.outcome === "pending" ? cr.changeRequestId : "";
      const rev = await submitChange(
        w.db,
        w.actors.moderator,
        "facility",
        w.bigFacility,
        await version("facility", w.bigFacility),
        { phone: `030 ${Math.floor(Math.random() * 9e6 + 1e6)}` },
      );
      revisionId = rev.outcome === "applied" ? rev.revisionId : "";
      got[m.name] = await attempt(() => m.run(actor));
    }
    expect(got).toEqual(expected[who]);
  });
});

describe("optimistic locking", () => {
  it("50 concurrent saves of the same version: exactly one lands, 49 get the conflict answer", async () => {
    const v = await version("facility", w.bigFacility);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        attempt(() =>
          submitChange(w.db, w.actors.editor, "facility", w.bigFacility, v, { description: `editor ${i}` }),
        ),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === 409)).toHaveLength(49);
    expect(await version("facility", w.bigFacility)).toBe(v + 1);
  });

  it("50 concurrent editors who re-apply on conflict: every change lands, none is lost", async () => {
    const v0 = await version("facility", w.bigFacility);
    await submitChange(w.db, w.actors.moderator, "facility", w.bigFacility, v0, { description: "" });
    const editors = Array.from({ length: 50 }, (_, i) => `[e${i}]`);
    await Promise.all(
      editors.map(async (mark) => {
        for (let tries = 0; tries < 500; tries++) {
          const {
            rows: [f],
          } = await w.pool.query<{ version: number; description: string }>(
            "SELECT version, description FROM facility WHERE id = $1",
            [w.bigFacility],
          );
          try {
            await submitChange(w.db, w.actors.editor, "facility", w.bigFacility, f!.version, {
              description: f!.description + mark,
            });
            return;
          } catch (e) {
            if (!(e instanceof ConflictError)) throw e;
          }
        }
        throw new Error(`${mark} never landed`);
      }),
    );
    const {
      rows: [f],
    } = await w.pool.query<{ version: number; description: string }>(
      "SELECT version, description FROM facility WHERE id = $1",
      [w.bigFacility],
    );
    for (const mark of editors) expect(f!.description).toContain(mark);
    expect(f!.version).toBe(v0 + 1 + 50);
    const revs = await w.pool.query("SELECT count(*)::int AS n FROM revision WHERE entity_id = $1 AND version > $2", [
      w.bigFacility,
      v0 + 1,
    ]);
    expect(revs.rows[0].n).toBe(50);
  }, 120_000);

  it("a stale save says what the other person changed and writes nothing", async () => {
    const v = await version("facility", w.bigFacility);
    await submitChange(w.db, w.actors.orgAdmin, "facility", w.bigFacility, v, { name: "Buurthuis De Nieuwe Naam" });
    const err = await submitChange(w.db, w.actors.editor, "facility", w.bigFacility, v, { phone: "030 1234567" }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).currentVersion).toBe(v + 1);
    expect((err as ConflictError).theirs).toEqual([
      { field: "name", before: expect.any(String), after: "Buurthuis De Nieuwe Naam" },
    ]);
    const {
      rows: [f],
    } = await w.pool.query("SELECT phone FROM facility WHERE id = $1", [w.bigFacility]);
    expect(f.phone).not.toBe("030 1234567");
  });
});

describe("validation", () => {
  it("refuses bad input whole: nothing written, no revision", async () => {
    const v = await version("facility", w.bigFacility);
    const before = (await w.pool.query("SELECT count(*)::int AS n FROM revision")).rows[0].n;
    for (const bad of [
      { opening_hours: "maandag 9 tot 5" },
      { postcode: "12" },
      { name: "Goed", email: "geen-mail" },
      { unknown_field: 1 },
      { lat: 40 },
    ]) {
      await expect(submitChange(w.db, w.actors.editor, "facility", w.bigFacility, v, bad)).rejects.toBeInstanceOf(
        ZodError,
      );
    }
    expect(await version("facility", w.bigFacility)).toBe(v);
    expect((await w.pool.query("SELECT count(*)::int AS n FROM revision")).rows[0].n).toBe(before);
  });

  it("answers a version that is not a version number (a tampered form or If-Match) with a 400", async () => {
    for (const v of [Number.NaN, 0, 1.5, -3]) {
      await expect(
        submitChange(w.db, w.actors.editor, "facility", w.bigFacility, v, { phone: "030 1234567" }),
      ).rejects.toMatchObject({ status: 400, field: "version" });
      await expect(revertTo(w.db, w.actors.moderator, "1", v)).rejects.toMatchObject({ status: 400, field: "version" });
    }
  });

  it("a service may only be offered at facilities that exist", async () => {
    const v = await version("service", w.bigService);
    const err = await submitChange(w.db, w.actors.editor, "service", w.bigService, v, {
      facility_ids: [w.otherFacility, "00000000-0000-4000-8000-000000000000"],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(EditError);
    expect((err as EditError).field).toBe("facility_ids");
  });
});

describe("moderation, history and revert", () => {
  it("a volunteer's change waits; the public data stays until a moderator approves", async () => {
    const v = await version("facility", w.dorpFacility);
    const out = await submitChange(w.db, w.actors.volunteer, "facility", w.dorpFacility, v, {
      opening_hours: "Tu,Th 10:00-12:00; PH off",
    });
    expect(out.outcome).toBe("pending");
    expect(
      (await w.pool.query("SELECT opening_hours FROM facility WHERE id = $1", [w.dorpFacility])).rows[0].opening_hours,
    ).not.toBe("Tu,Th 10:00-12:00; PH off");
    const approved = await approveChange(
      w.db,
      w.actors.moderator,
      (out as Extract<Outcome, { outcome: "pending" }>).changeRequestId,
    );
    expect(approved.outcome).toBe("applied");
    expect(
      (await w.pool.query("SELECT opening_hours FROM facility WHERE id = $1", [w.dorpFacility])).rows[0].opening_hours,
    ).toBe("Tu,Th 10:00-12:00; PH off");
    const h = await history(w.db, w.actors.volunteer, "facility", w.dorpFacility);
    expect(h[0]).toMatchObject({
      action: "approve",
      changes: [{ field: "opening_hours", after: "Tu,Th 10:00-12:00; PH off" }],
    });
    expect(h[0]!.actorLabel).toBe(`${w.actors.moderator.label} (namens ${w.actors.volunteer.label})`);
  });

  it("a rejected change keeps its reason and changes nothing", async () => {
    const v = await version("facility", w.dorpFacility);
    const out = await submitChange(w.db, w.actors.volunteer, "facility", w.dorpFacility, v, { name: "Spam" });
    const id = (out as Extract<Outcome, { outcome: "pending" }>).changeRequestId;
    await expect(rejectChange(w.db, w.actors.moderator, id, { reason: "" })).rejects.toBeInstanceOf(ZodError);
    await rejectChange(w.db, w.actors.moderator, id, { reason: "Naam klopt niet" });
    const cr = await w.db.changeRequest.findUniqueOrThrow({ where: { id } });
    expect(cr).toMatchObject({ status: "rejected", reason: "Naam klopt niet" });
    expect(await version("facility", w.dorpFacility)).toBe(v);
    await expect(approveChange(w.db, w.actors.moderator, id)).rejects.toMatchObject({ status: 409 });
  });

  it("revert makes the listing as it was, as a new revision", async () => {
    const v = await version("service", w.bigService);
    const first = await submitChange(w.db, w.actors.editor, "service", w.bigService, v, {
      name: "Schuldhulp A",
      cost: "free",
    });
    await submitChange(w.db, w.actors.editor, "service", w.bigService, v + 1, {
      name: "Schuldhulp B",
      cost: "paid",
      cost_text: "€ 5",
    });
    const back = await revertTo(
      w.db,
      w.actors.moderator,
      (first as Extract<Outcome, { outcome: "applied" }>).revisionId,
      v + 2,
    );
    expect(back.outcome).toBe("applied");
    const s = await w.pool.query("SELECT name, cost, cost_text, version FROM service WHERE id = $1", [w.bigService]);
    expect(s.rows[0]).toEqual({ name: "Schuldhulp A", cost: "free", cost_text: null, version: v + 3 });
    const h = await history(w.db, w.actors.editor, "service", w.bigService);
    expect(h[0]!.action).toBe("revert");
  });

  it("a new facility exists only after approval, and is then findable", async () => {
    const out = await proposeFacility(w.db, w.actors.editor, w.bigOrg, {
      name: "Dorpshuis Testanker Zeven",
      type: "dorpshuis",
      street: "Kerkweg",
      house_number: "9003",
      postcode: "3512 AB",
      place: "Utrecht",
    });
    expect(
      (await w.pool.query("SELECT count(*)::int AS n FROM facility WHERE name = 'Dorpshuis Testanker Zeven'")).rows[0]
        .n,
    ).toBe(0);
    const done = await approveChange(
      w.db,
      w.actors.moderator,
      (out as Extract<Outcome, { outcome: "pending" }>).changeRequestId,
    );
    expect(done.outcome).toBe("applied");
    const {
      rows: [f],
    } = await w.pool.query(
      "SELECT id, slug, gemeente_code, lat FROM facility WHERE name = 'Dorpshuis Testanker Zeven'",
    );
    expect(f).toMatchObject({ slug: "dorpshuis-testanker-zeven-utrecht", gemeente_code: "GM0344" });
    expect(
      (
        await w.pool.query("SELECT count(*)::int AS n FROM facility_search WHERE facility_id = $1 AND term = ''", [
          f.id,
        ])
      ).rows[0].n,
    ).toBe(1);
  });
});

describe("search index follows every write", () => {
  it("taking a service away from a facility removes the facility from that service's search band", async () => {
    const { rows } = await w.pool.query<{ facility_id: string }>(
      "SELECT facility_id FROM service_at_location WHERE service_id = $1 ORDER BY facility_id",
      [w.bigService],
    );
    const {
      rows: [term],
    } = await w.pool.query<{ term_code: string }>(
      "SELECT st.term_code FROM service_term st JOIN taxonomy_term t ON t.code = st.term_code WHERE st.service_id = $1 AND t.kind = 'service' LIMIT 1",
      [w.bigService],
    );
    const dropped = rows[0]!.facility_id;
    const inBand = async () =>
      (
        await w.pool.query(
          "SELECT $3::uuid = ANY(service_ids) AS has FROM facility_search WHERE facility_id = $1 AND term = $2",
          [dropped, term!.term_code, w.bigService],
        )
      ).rows[0]?.has ?? false;
    expect(await inBand()).toBe(true);
    await submitChange(w.db, w.actors.editor, "service", w.bigService, await version("service", w.bigService), {
      facility_ids: rows.slice(1).map((r) => r.facility_id),
    });
    expect(await inBand()).toBe(false);
  });
});

describe("temporary status", () => {
  it("ends by itself at the end of the chosen Amsterdam day", async () => {
    expect(endOfAmsterdamDay("2026-11-25").toISOString()).toBe("2026-11-25T23:00:00.000Z");
    expect(endOfAmsterdamDay("2026-07-01").toISOString()).toBe("2026-07-01T22:00:00.000Z");
    expect(endOfAmsterdamDay("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z"); // DST starts that night
    const now = new Date("2026-11-25T09:00:00Z");
    await setTempState(w.db, w.actors.editor, w.bigFacility, { state: "closed", reason: "Lekkage" }, now);
    const {
      rows: [f],
    } = await w.pool.query("SELECT temp_state, temp_reason, temp_until FROM facility WHERE id = $1", [w.bigFacility]);
    expect(f).toEqual({ temp_state: "closed", temp_reason: "Lekkage", temp_until: new Date("2026-11-25T23:00:00Z") });
    await expect(
      setTempState(w.db, w.actors.editor, w.bigFacility, { state: "closed", reason: "x", until: "2027-06-01" }, now),
    ).rejects.toMatchObject({ status: 400 });
  });
});

describe("reminder for listings not checked for 12 months", () => {
  it("mails each organisation with stale listings once a month, to its people, and only about stale ones", async () => {
    const { remindStaleListings } = await import("@/lib/server/edit/reminders");
    const { mkdtempSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { readOutbox } = await import("../support/outbox");
    process.env.MAIL_OUTBOX_DIR = mkdtempSync(join(tmpdir(), "outbox-"));
    const now = new Date("2027-03-01T08:00:00Z");
    // Everything checked recently, except two facilities of the big organisation.
    await w.pool.query("UPDATE facility SET last_verified_at = $1", [new Date("2027-01-15T00:00:00Z")]);
    const { rows: old } = await w.pool.query<{ id: string; name: string }>(
      "SELECT id, name FROM facility WHERE operator_id = $1 AND status <> 'closed' ORDER BY slug LIMIT 2",
      [w.bigOrg],
    );
    await w.pool.query("UPDATE facility SET last_verified_at = $2 WHERE id = ANY($1)", [
      old.map((o) => o.id),
      new Date("2026-01-10T00:00:00Z"),
    ]);
    const dry = await remindStaleListings(w.db, { now, dryRun: true });
    const { editor, orgAdmin } = w.actors;
    expect(dry).toEqual([
      { organization: expect.any(String), to: expect.arrayContaining([editor.email, orgAdmin.email]), stale: 2 },
    ]);
    expect(await readOutbox(editor.email)).toHaveLength(0);
    await remindStaleListings(w.db, { now });
    const mails = await readOutbox(orgAdmin.email);
    expect(mails).toHaveLength(1);
    for (const o of old) expect(mails[0]!.text).toContain(o.name);
    // The next day's run sends nothing new; a month later it reminds again.
    await remindStaleListings(w.db, { now: new Date("2027-03-02T08:00:00Z") });
    expect(await readOutbox(orgAdmin.email)).toHaveLength(1);
    await remindStaleListings(w.db, { now: new Date("2027-04-02T08:00:00Z") });
    expect(await readOutbox(orgAdmin.email)).toHaveLength(2);
    // "Alles klopt nog" ends it.
    for (const o of old) await confirmCurrent(w.db, w.actors.editor, o.id, new Date("2027-04-03T08:00:00Z"));
    expect(await remindStaleListings(w.db, { now: new Date("2027-05-05T08:00:00Z"), dryRun: true })).toEqual([]);
  });
});

describe("an organisation's people", () => {
  it("only its admins (and site admins) add and remove people; a volunteer gets one facility", async () => {
    const { invite, removePerson } = await import("@/lib/server/accounts/members");
    const add = (a: Actor | null, role = "editor", facility_id?: string) =>
      attempt(() =>
        invite(w.db, a, w.bigOrg, {
          name: "Nieuwe Collega",
          email: `nieuw-${Math.random()}@example.org`,
          role,
          ...(facility_id ? { facility_id } : {}),
        }),
      );
    expect({
      anonymous: await add(null),
      editor: await add(w.actors.editor),
      volunteer: await add(w.actors.volunteer),
      otherEditor: await add(w.actors.otherEditor),
      moderator: await add(w.actors.moderator),
      token: await add(w.actors.token),
      orgAdmin: await add(w.actors.orgAdmin),
      admin: await add(w.actors.admin),
    }).toEqual({
      anonymous: 401,
      editor: 403,
      volunteer: 403,
      otherEditor: 403,
      moderator: 403,
      token: 403,
      orgAdmin: "ok",
      admin: "ok",
    });
    // A volunteer only for one of the organisation's own facilities.
    expect(await add(w.actors.orgAdmin, "volunteer", w.otherFacility)).toBe(400);
    const r = await invite(w.db, w.actors.orgAdmin, w.bigOrg, {
      name: "Vrijwilliger Twee",
      email: "v2@example.org",
      role: "volunteer",
      facility_id: w.bigFacility,
    });
    const { actorForUser } = await import("@/lib/auth/actor");
    const v2 = (await actorForUser(w.db, r.userId))!;
    expect([...v2.facilities]).toEqual([w.bigFacility]);
    expect(v2.orgs.size).toBe(0);
    // The last admin cannot remove themselves; removing a volunteer takes their facility away.
    await expect(removePerson(w.db, w.actors.orgAdmin, w.bigOrg, w.actors.orgAdmin.id)).rejects.toMatchObject({
      status: 409,
    });
    await removePerson(w.db, w.actors.orgAdmin, w.bigOrg, r.userId, w.bigFacility);
    expect((await actorForUser(w.db, r.userId))!.facilities.size).toBe(0);
    expect(await attempt(() => removePerson(w.db, w.actors.editor, w.bigOrg, w.actors.orgAdmin.id))).toBe(403);
  });
});

describe("social workers: registration and saved lists", () => {
  it("approves a member organisation's mail domain at once; others wait for a moderator", async () => {
    const { registerWorker, decideWorker, pendingWorkers } = await import("@/lib/server/workers/manage-workers");
    await w.pool.query("UPDATE organization SET is_member = true, email = 'info@wijkteam-test.nl' WHERE id = $1", [
      w.otherOrg,
    ]);
    expect(
      (
        await registerWorker(w.db, {
          name: "Wendy Wijkteam",
          email: "wendy@wijkteam-test.nl",
          organisation: "Wijkteam Oost",
        })
      ).outcome,
    ).toBe("approved");
    expect(
      (await registerWorker(w.db, { name: "Gerda Gmail", email: "gerda@gmail.com", organisation: "Ouderenadvies" }))
        .outcome,
    ).toBe("pending");
    expect(
      (await registerWorker(w.db, { name: "Wendy Again", email: "WENDY@wijkteam-test.nl", organisation: "x y" }))
        .outcome,
    ).toBe("known");
    await expect(registerWorker(w.db, { name: "X", email: "geen-mail", organisation: "" })).rejects.toBeInstanceOf(
      ZodError,
    );
    const roles = async () =>
      Object.fromEntries(
        (
          await w.pool.query(
            "SELECT email, role FROM app_user WHERE email IN ('wendy@wijkteam-test.nl', 'gerda@gmail.com')",
          )
        ).rows.map((r) => [r.email, r.role]),
      );
    expect(await roles()).toEqual({ "wendy@wijkteam-test.nl": "worker", "gerda@gmail.com": "user" });
    const gerda = (await pendingWorkers(w.db)).find((p) => p.user.email === "gerda@gmail.com")!;
    expect(await attempt(() => decideWorker(w.db, w.actors.editor, gerda.userId, true))).toBe(404);
    await decideWorker(w.db, w.actors.moderator, gerda.userId, true);
    expect(await roles()).toEqual({ "wendy@wijkteam-test.nl": "worker", "gerda@gmail.com": "worker" });
    expect(await attempt(() => decideWorker(w.db, w.actors.moderator, gerda.userId, false))).toBe(409);
  });

  it("lets workers keep named lists of services; nobody sees or deletes another's list", async () => {
    const { saveList, deleteList, listsOf, registerWorker } = await import("@/lib/server/workers/manage-workers");
    const { actorForUser } = await import("@/lib/auth/actor");
    await registerWorker(w.db, { name: "Wim Werker", email: "wim@wijkteam-test.nl", organisation: "Wijkteam" });
    const wim = (await actorForUser(
      w.db,
      (await w.db.user.findUniqueOrThrow({ where: { email: "wim@wijkteam-test.nl" } })).id,
    ))!;
    const sal = (await w.pool.query<{ id: string }>("SELECT id FROM service_at_location ORDER BY id LIMIT 3")).rows.map(
      (r) => r.id,
    );
    const id = await saveList(w.db, wim, { name: "Schulden Oost", services: sal });
    expect(await listsOf(w.db, wim)).toEqual([
      { id, name: "Schulden Oost", services: sal, updatedAt: expect.any(Date) },
    ]);
    expect(await attempt(() => saveList(w.db, w.actors.editor, { name: "Mag niet", services: sal }))).toBe(403);
    expect(await attempt(() => saveList(w.db, null, { name: "Mag niet", services: sal }))).toBe(401);
    expect(
      await attempt(() => saveList(w.db, wim, { name: "Kapot", services: ["00000000-0000-4000-8000-000000000000"] })),
    ).toBe(400);
    expect(await attempt(() => deleteList(w.db, w.actors.moderator, id))).toBe(404);
    expect(await listsOf(w.db, w.actors.moderator)).toEqual([]);
    await deleteList(w.db, wim, id);
    expect(await listsOf(w.db, wim)).toEqual([]);
  });
});

describe("a service's own details at one facility", () => {
  it("keeps a note and its own hours per facility, used by the referral sheet, and refuses them for a facility it is not at", async () => {
    const { loadSheet } = await import("@/lib/server/referral/referral-sheet");
    const { rows } = await w.pool.query<{ facility_id: string; id: string }>(
      "SELECT facility_id, id FROM service_at_location WHERE service_id = $1 ORDER BY facility_id",
      [w.bigService],
    );
    const [a, b] = [rows[0]!, rows[1] ?? rows[0]!];
    const v = await version("service", w.bigService);
    await submitChange(w.db, w.actors.editor, "service", w.bigService, v, {
      location_overrides: { [a.facility_id]: { note: "Spreekuur op dinsdagochtend", opening_hours: "Tu 09:00-12:00" } },
    });
    const sheet = await loadSheet(w.pool, [a.id, b.id]);
    expect(sheet.items[0]).toMatchObject({
      note: "Spreekuur op dinsdagochtend",
      facility: { opening_hours: "Tu 09:00-12:00" },
    });
    if (b.id !== a.id) expect(sheet.items[1]?.note).toBeNull();
    await expect(
      submitChange(w.db, w.actors.editor, "service", w.bigService, v + 1, {
        location_overrides: { [a.facility_id]: { note: null, opening_hours: "dinsdag" } },
      }),
    ).rejects.toBeInstanceOf(ZodError);
    const err = await submitChange(w.db, w.actors.editor, "service", w.bigService, v + 1, {
      location_overrides: { [w.otherFacility]: { note: "x y z", opening_hours: null } },
    }).catch((e) => e);
    expect(err).toMatchObject({ status: 400, field: "location_overrides" });
    // Clearing them is a change like any other, and history shows it.
    await submitChange(w.db, w.actors.editor, "service", w.bigService, v + 1, { location_overrides: {} });
    expect((await loadSheet(w.pool, [a.id])).items[0]?.note).toBeNull();
    const h = await history(w.db, w.actors.editor, "service", w.bigService);
    expect(h[0]!.changes.map((c) => c.field)).toEqual(["location_overrides"]);
  });
});

describe("taxonomy wording", () => {
  it("moderators rename and reorder terms; a restart's reference load keeps their wording", async () => {
    const { updateTaxonomy } = await import("@/lib/server/taxonomy/taxonomy-admin");
    const { loadReferenceData } = await import("@/lib/db/reference-data");
    const row = { code: "schuldhulp", label_nl: "Hulp bij schulden", label_en: "Help with debts", sort_order: 0 };
    expect(await attempt(() => updateTaxonomy(w.db, w.actors.editor, [row]))).toBe(403);
    expect(await attempt(() => updateTaxonomy(w.db, null, [row]))).toBe(401);
    await expect(updateTaxonomy(w.db, w.actors.moderator, [{ ...row, code: "bestaat-niet" }])).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(updateTaxonomy(w.db, w.actors.moderator, [{ ...row, label_nl: "x" }])).rejects.toBeInstanceOf(
      ZodError,
    );
    expect(await updateTaxonomy(w.db, w.actors.moderator, [row])).toBe(1);
    expect(await updateTaxonomy(w.db, w.actors.moderator, [row])).toBe(0); // nothing new
    const client = await w.pool.connect();
    try {
      await loadReferenceData(client);
    } finally {
      client.release();
    }
    const {
      rows: [t],
    } = await w.pool.query("SELECT label_nl, label_en FROM taxonomy_term WHERE code = 'schuldhulp'");
    expect(t).toEqual({ label_nl: "Hulp bij schulden", label_en: "Help with debts" });
  });
});

describe("dashboard", () => {
  it("counts pending changes and open reports for the person's own facilities only", async () => {
    const { loadDashboard } = await import("@/lib/server/edit/dashboard");
    const count = async () => {
      const d = await loadDashboard(w.db, w.actors.volunteer);
      return d.delegated.find((f) => f.id === w.dorpFacility)!;
    };
    const before = await count();
    await submitChange(
      w.db,
      w.actors.volunteer,
      "facility",
      w.dorpFacility,
      await version("facility", w.dorpFacility),
      { description: `wacht ${Math.random()}` },
    );
    await w.db.report.create({ data: { facilityId: w.dorpFacility, message: "Telefoon klopt niet" } });
    await w.db.report.create({ data: { facilityId: w.otherFacility, message: "Niet van deze persoon" } });
    const after = await count();
    expect(after.pending).toBe(before.pending + 1);
    expect(after.reports).toBe(before.reports + 1);
    const d = await loadDashboard(w.db, w.actors.volunteer);
    expect(d.orgs).toEqual([]);
    expect(d.delegated.map((f) => f.id)).toEqual([w.dorpFacility]);
  });
});
