import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { submitChange } from "@/lib/server/edit/apply";
import { acceptAttachment, attachRequestsFor, refuseAttachment } from "@/lib/server/edit/attach-requests";
import { approveChange } from "@/lib/server/edit/decide";
import { EditError } from "@/lib/server/edit/errors";
import type { Outcome } from "@/lib/server/edit/outcome";
import { moderationQueue } from "@/lib/server/edit/queue";
import { getFacilityBySlug } from "@/lib/server/listings/get-facility-by-slug";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// An editor may offer their service at another organisation's facility only with that organisation's consent:
// until its editors (or a moderator) accept, nothing of it shows in public.

let w: EditWorld;
let otherSlug = "";
beforeAll(async () => {
  w = await createEditWorld("consent");
  otherSlug = (await w.pool.query("SELECT slug FROM facility WHERE id = $1", [w.otherFacility])).rows[0].slug;
}, 120_000);
afterAll(async () => {
  await w?.drop();
});

const NOTE = "Spreekuur op woensdagmiddag";
const version = async () =>
  (await w.pool.query<{ version: number }>("SELECT version FROM service WHERE id = $1", [w.bigService])).rows[0]!
    .version;
const liveAt = async () =>
  (
    await w.pool.query<{ id: string }>("SELECT facility_id AS id FROM service_at_location WHERE service_id = $1", [
      w.bigService,
    ])
  ).rows.map((r) => r.id);

/** The big organisation's editor asks to offer its service also at the other organisation's facility, with a note. */
async function ask(): Promise<string> {
  const out = await submitChange(w.db, w.actors.editor, "service", w.bigService, await version(), {
    facility_ids: [...(await liveAt()), w.otherFacility],
    location_overrides: { [w.otherFacility]: { note: NOTE, opening_hours: null } },
  });
  expect(out.awaitingConsent).toEqual([w.otherFacility]);
  const waiting = await attachRequestsFor(w.db, [w.otherOrg]);
  expect(waiting).toEqual([expect.objectContaining({ note: NOTE, facility: expect.any(String) })]);
  return waiting[0]!.id;
}

/** Whether the public sees the service (and its note) at the other organisation's facility. */
async function publicAtOther(): Promise<boolean> {
  const page = (await getFacilityBySlug(w.db, otherSlug))!.services.some((s) => s.id === w.bigService);
  const index =
    (
      await w.pool.query(
        "SELECT count(*)::int AS n FROM facility_search WHERE facility_id = $1 AND $2::uuid = ANY(service_ids)",
        [w.otherFacility, w.bigService],
      )
    ).rows[0].n > 0;
  expect(index).toBe(page);
  return page;
}

async function takeAway(): Promise<void> {
  await submitChange(w.db, w.actors.editor, "service", w.bigService, await version(), {
    facility_ids: (await liveAt()).filter((id) => id !== w.otherFacility),
  });
  expect(await publicAtOther()).toBe(false);
}

const status = (run: () => Promise<unknown>) =>
  run().then(
    () => "ok",
    (e: unknown) => (e instanceof EditError ? e.status : Promise.reject(e)),
  );

describe("offering a service at another organisation's facility", () => {
  it("waits for that organisation's editor; only they or a moderator may decide", async () => {
    const id = await ask();
    expect(await publicAtOther()).toBe(false);
    expect(await liveAt()).not.toContain(w.otherFacility);
    // The asking editor, a volunteer of that facility and the other organisation's API token cannot decide it.
    const tries: Record<string, Actor> = {
      editor: w.actors.editor,
      otherVolunteer: w.actors.otherVolunteer,
      otherToken: w.actors.otherToken,
    };
    const got = Object.fromEntries(
      await Promise.all(
        Object.entries(tries).map(async ([who, a]) => [who, await status(() => acceptAttachment(w.db, a, id))]),
      ),
    );
    expect(got).toEqual({ editor: 404, otherVolunteer: 404, otherToken: 403 });
    expect(await status(() => acceptAttachment(w.db, null, id))).toBe(401);
    expect(await publicAtOther()).toBe(false);

    const done = await acceptAttachment(w.db, w.actors.otherEditor, id);
    expect(done.outcome).toBe("applied");
    expect(await publicAtOther()).toBe(true);
    const {
      rows: [sal],
    } = await w.pool.query("SELECT note FROM service_at_location WHERE service_id = $1 AND facility_id = $2", [
      w.bigService,
      w.otherFacility,
    ]);
    expect(sal.note).toBe(NOTE);
    expect(await status(() => acceptAttachment(w.db, w.actors.otherEditor, id))).toBe(409);
  });

  it("a moderator may accept it too, from the moderation queue", async () => {
    await takeAway();
    const id = await ask();
    expect((await moderationQueue(w.db)).find((q) => q.id === id)?.label).toContain("→");
    await approveChange(w.db, w.actors.moderator, id);
    expect(await publicAtOther()).toBe(true);
  });

  it("refused, it stays off, and the asking organisation sees why", async () => {
    await takeAway();
    const id = await ask();
    await refuseAttachment(w.db, w.actors.otherEditor, id, { reason: "Wij hebben daar geen ruimte" });
    expect(await publicAtOther()).toBe(false);
    expect(await w.db.changeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "rejected",
      reason: "Wij hebben daar geen ruimte",
    });
    expect(await status(() => acceptAttachment(w.db, w.actors.otherEditor, id))).toBe(409);
    expect(await attachRequestsFor(w.db, [w.otherOrg])).toEqual([]);
    const { loadDashboard } = await import("@/lib/server/edit/dashboard");
    const mine = (await loadDashboard(w.db, w.actors.editor)).orgs.find((o) => o.id === w.bigOrg)!;
    expect(mine.rejected).toContainEqual(expect.objectContaining({ id, reason: "Wij hebben daar geen ruimte" }));
  });

  it("the rest of the change goes live at once, and asking again does not make a second request", async () => {
    const out = await submitChange(w.db, w.actors.editor, "service", w.bigService, await version(), {
      name: `Hulp ${Date.now()}`,
      facility_ids: [...(await liveAt()), w.otherFacility],
    });
    expect(out).toMatchObject({ outcome: "applied", awaitingConsent: [w.otherFacility] });
    (await submitChange(w.db, w.actors.editor, "service", w.bigService, await version(), {
      facility_ids: [...(await liveAt()), w.otherFacility],
    })) satisfies Outcome;
    expect(await attachRequestsFor(w.db, [w.otherOrg])).toHaveLength(1);
    expect(await publicAtOther()).toBe(false);
  });
});
