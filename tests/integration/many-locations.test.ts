import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { submitChange } from "@/lib/server/edit/apply";
import { loadDashboard } from "@/lib/server/edit/dashboard";
import { ConflictError } from "@/lib/server/edit/errors";
import { revertTo } from "@/lib/server/edit/revisions";
import { getOrganizationBySlug, listOrganizations } from "@/lib/server/listings/list-organizations";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// Member organisations with many locations (issue 12 §7): the dashboard counts facilities by the API's rule, and a
// save with "alles op deze pagina klopt" counts as checked, in the save's own transaction and revision.

let w: EditWorld;
beforeAll(async () => {
  w = await createEditWorld("many");
}, 120_000);
afterAll(async () => {
  await w?.drop();
});

const row = async (id: string) =>
  (
    await w.pool.query<{ version: number; last_verified_at: Date | null }>(
      "SELECT version, last_verified_at FROM facility WHERE id = $1",
      [id],
    )
  ).rows[0]!;
const revisions = async (id: string) =>
  (
    await w.pool.query<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
      "SELECT action, before, after FROM revision WHERE entity_id = $1 ORDER BY id",
      [id],
    )
  ).rows;

describe("the dashboard's facility count is the API's", () => {
  it("counts what the public sees, and names temporarily closed and closed apart", async () => {
    const ids = (
      await w.pool.query<{ id: string }>(
        "SELECT id FROM facility WHERE operator_id = $1 ORDER BY slug LIMIT 3 OFFSET 5",
        [w.bigOrg],
      )
    ).rows.map((r) => r.id);
    await w.pool.query("UPDATE facility SET status = 'closed' WHERE id = $1", [ids[0]]);
    await w.pool.query("UPDATE facility SET status = 'temporarily_closed' WHERE id = $1", [ids[1]]);
    const expected = (
      await w.pool.query<{ listed: number; temp: number; closed: number }>(
        `SELECT count(*) FILTER (WHERE status <> 'closed')::int AS listed, count(*) FILTER (WHERE status = 'temporarily_closed')::int AS temp,
              count(*) FILTER (WHERE status = 'closed')::int AS closed FROM facility WHERE operator_id = $1`,
        [w.bigOrg],
      )
    ).rows[0]!;
    expect(expected.closed).toBeGreaterThan(0);

    const { slug, name } = (
      await w.pool.query<{ slug: string; name: string }>("SELECT slug, name FROM organization WHERE id = $1", [
        w.bigOrg,
      ])
    ).rows[0]!;
    const api = await getOrganizationBySlug(w.db, slug);
    const listed = await listOrganizations(w.db, { limit: 500 });
    const dash = (await loadDashboard(w.db, w.actors.editor)).orgs.find((o) => o.id === w.bigOrg);

    expect(api?.facility_count).toBe(expected.listed);
    expect(api?.facilities.length).toBe(expected.listed);
    expect(listed.data.find((o) => o.name === name)?.facility_count).toBe(expected.listed);
    expect(dash?.counts).toEqual({
      listed: expected.listed,
      temporarilyClosed: expected.temp,
      closed: expected.closed,
    });
  });
});

describe("saving with 'alles op deze pagina klopt'", () => {
  it("an editor's save counts as checked, in the same transaction and revision", async () => {
    const id = w.bigFacility;
    await w.pool.query("UPDATE facility SET last_verified_at = '2020-01-01' WHERE id = $1", [id]);
    const before = (await revisions(id)).length;
    const now = new Date("2026-03-02T10:00:00Z");
    const out = await submitChange(
      w.db,
      w.actors.editor,
      "facility",
      id,
      (await row(id)).version,
      { description: "Nagekeken en aangepast." },
      { verified: true, now },
    );
    expect(out).toMatchObject({ outcome: "applied", verified: true });
    expect((await row(id)).last_verified_at?.toISOString()).toBe(now.toISOString());
    const revs = await revisions(id);
    expect(revs.length).toBe(before + 1);
    expect(revs.at(-1)).toMatchObject({
      action: "update",
      after: { description: "Nagekeken en aangepast.", last_verified_at: now.toISOString() },
    });
    // Not among the dashboard's "not checked in 12 months".
    const dash = (await loadDashboard(w.db, w.actors.editor, new Date("2026-03-03T10:00:00Z"))).orgs.find(
      (o) => o.id === w.bigOrg,
    );
    expect(dash?.facilities.find((f) => f.id === id)?.stale).toBe(false);
    // That revision can still be undone (the check itself is not content).
    const revId = (
      await w.pool.query<{ id: string }>(
        "SELECT id::text FROM revision WHERE entity_id = $1 ORDER BY id DESC LIMIT 1",
        [id],
      )
    ).rows[0]!.id;
    await expect(revertTo(w.db, w.actors.moderator, revId, (await row(id)).version, "before")).resolves.toMatchObject({
      outcome: "applied",
    });
  });

  it("without the tick a save does not count as checked; a stale save marks nothing", async () => {
    const id = w.bigFacility;
    await w.pool.query("UPDATE facility SET last_verified_at = NULL WHERE id = $1", [id]);
    const v = (await row(id)).version;
    await submitChange(w.db, w.actors.editor, "facility", id, v, { description: "Zonder vinkje." });
    expect((await row(id)).last_verified_at).toBeNull();
    await expect(
      submitChange(w.db, w.actors.editor, "facility", id, v, { description: "Te laat." }, { verified: true }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await row(id)).last_verified_at).toBeNull();
  });

  it("a save with nothing changed counts as checked; a volunteer may, also when the change waits for a moderator", async () => {
    const id = w.dorpFacility;
    await w.pool.query("UPDATE facility SET last_verified_at = NULL WHERE id = $1", [id]);
    const same = await submitChange(
      w.db,
      w.actors.volunteer,
      "facility",
      id,
      (await row(id)).version,
      {},
      { verified: true },
    );
    expect(same).toMatchObject({ outcome: "unchanged", verified: true });
    expect((await row(id)).last_verified_at).not.toBeNull();
    expect((await revisions(id)).at(-1)?.action).toBe("verify");

    await w.pool.query("UPDATE facility SET last_verified_at = NULL WHERE id = $1", [id]);
    const waits = await submitChange(
      w.db,
      w.actors.volunteer,
      "facility",
      id,
      (await row(id)).version,
      { description: "Door de vrijwilliger nagekeken." },
      { verified: true },
    );
    expect(waits).toMatchObject({ outcome: "pending", verified: true });
    expect((await row(id)).last_verified_at).not.toBeNull();
    // Someone else's volunteer may not.
    await expect(
      submitChange(w.db, w.actors.otherVolunteer, "facility", id, (await row(id)).version, {}, { verified: true }),
    ).rejects.toThrow();
  });
});
