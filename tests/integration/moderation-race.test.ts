import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { submitChange } from "@/lib/server/edit/apply";
import { approveChange, rejectChange } from "@/lib/server/edit/decide";
import { EditError } from "@/lib/server/edit/errors";
import { proposeFacility } from "@/lib/server/edit/moderation";
import type { Outcome } from "@/lib/server/edit/outcome";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// Several moderators deciding the same waiting change at once (or one moderator double-clicking): exactly one
// decision applies, the others are told it was already decided — a 409, never a 500 or a second facility.

let w: EditWorld;
beforeAll(async () => {
  w = await createEditWorld("race");
}, 120_000);
afterAll(async () => {
  await w?.drop();
});

const pendingId = (o: Outcome) => (o.outcome === "pending" ? o.changeRequestId : "");

/** Runs all at once; each result is "applied", "rejected", or the status of an EditError (anything else fails the test). */
async function together(runs: (() => Promise<unknown>)[]): Promise<(string | number)[]> {
  return Promise.all(
    runs.map(async (run) => {
      try {
        const out = await run();
        return (out as Outcome | undefined)?.outcome ?? "rejected";
      } catch (e) {
        if (e instanceof EditError) return e.status;
        throw e;
      }
    }),
  );
}

const tally = (xs: (string | number)[]) =>
  Object.fromEntries([...new Set(xs)].map((x) => [x, xs.filter((y) => y === x).length]));

describe("concurrent decisions on one change request", () => {
  it("10 parallel approvals of a new facility: one facility, nine 'already decided'", async () => {
    const name = `Buurthuis Gelijktijdig ${Date.now()}`;
    const id = pendingId(
      await proposeFacility(w.db, w.actors.editor, w.bigOrg, {
        name,
        type: "buurthuis",
        street: "Kerkweg",
        house_number: "9009",
        postcode: "3512 AB",
        place: "Utrecht",
      }),
    );
    const got = await together(Array.from({ length: 10 }, () => () => approveChange(w.db, w.actors.moderator, id)));
    expect(tally(got)).toEqual({ applied: 1, 409: 9 });
    expect((await w.pool.query("SELECT count(*)::int AS n FROM facility WHERE name = $1", [name])).rows[0].n).toBe(1);
    const {
      rows: [cr],
    } = await w.pool.query("SELECT status, entity_id FROM change_request WHERE id = $1", [id]);
    expect(cr.status).toBe("approved");
    expect(
      (await w.pool.query("SELECT count(*)::int AS n FROM revision WHERE change_request_id = $1", [id])).rows[0].n,
    ).toBe(1);
  });

  it("10 parallel approvals of a change to a listing: one revision, nine 'already decided'", async () => {
    const v = (await w.pool.query("SELECT version FROM facility WHERE id = $1", [w.dorpFacility])).rows[0]
      .version as number;
    const id = pendingId(
      await submitChange(w.db, w.actors.volunteer, "facility", w.dorpFacility, v, {
        description: `gelijktijdig ${Date.now()}`,
      }),
    );
    const got = await together(Array.from({ length: 10 }, () => () => approveChange(w.db, w.actors.moderator, id)));
    expect(tally(got)).toEqual({ applied: 1, 409: 9 });
    expect((await w.pool.query("SELECT version FROM facility WHERE id = $1", [w.dorpFacility])).rows[0].version).toBe(
      v + 1,
    );
  });

  it("approve and reject at once: exactly one wins, and the request says which", async () => {
    const name = `Buurthuis Twijfel ${Date.now()}`;
    const id = pendingId(
      await proposeFacility(w.db, w.actors.editor, w.bigOrg, {
        name,
        type: "buurthuis",
        street: "Kerkweg",
        house_number: "9011",
        postcode: "3512 AB",
        place: "Utrecht",
      }),
    );
    const got = await together(
      Array.from(
        { length: 10 },
        (_, i) => () =>
          i % 2
            ? approveChange(w.db, w.actors.moderator, id)
            : rejectChange(w.db, w.actors.moderator, id, { reason: "Bestaat al" }),
      ),
    );
    expect(got.filter((g) => g === 409)).toHaveLength(9);
    const {
      rows: [cr],
    } = await w.pool.query("SELECT status FROM change_request WHERE id = $1", [id]);
    const facilities = (await w.pool.query("SELECT count(*)::int AS n FROM facility WHERE name = $1", [name])).rows[0]
      .n;
    expect(facilities).toBe(cr.status === "approved" ? 1 : 0);
  });
});
