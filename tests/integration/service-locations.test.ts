import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getGeocoder } from "@/lib/geocoder";
import { ZServiceSearchQuery } from "@/lib/schemas/services";
import { submitChange } from "@/lib/server/edit/apply";
import type { Outcome } from "@/lib/server/edit/outcome";
import { revertTo } from "@/lib/server/edit/revisions";
import { getFacilityBySlug } from "@/lib/server/listings/get-facility-by-slug";
import { loadSheet } from "@/lib/server/referral/referral-sheet";
import { searchServices } from "@/lib/server/services/search-services";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// A service's locations change without their ids changing: printed referral sheets, QR short links and saved lists
// name service_at_location ids. A location taken away leaves every public read, and its id comes back when the
// service is offered there again or a moderator reverts; a sheet naming it says where the service went.

let w: EditWorld;
type Place = { id: string; slug: string; name: string; place: string; postcode: string };
let a: Place, b: Place, c: Place;
let term = "";
beforeAll(async () => {
  w = await createEditWorld("locations");
  [a, b, c] = (
    await w.pool.query<Place>(
      "SELECT id, slug, name, place, postcode FROM facility WHERE operator_id = $1 AND status = 'active' ORDER BY slug LIMIT 3",
      [w.bigOrg],
    )
  ).rows as [Place, Place, Place];
  term = (
    await w.pool.query<{ term_code: string }>(
      "SELECT st.term_code FROM service_term st JOIN taxonomy_term t ON t.code = st.term_code WHERE st.service_id = $1 AND t.kind = 'service' LIMIT 1",
      [w.bigService],
    )
  ).rows[0]!.term_code;
}, 120_000);
afterAll(async () => {
  await w?.drop();
});

const version = async () =>
  (await w.pool.query<{ version: number }>("SELECT version FROM service WHERE id = $1", [w.bigService])).rows[0]!
    .version;
const offerAt = async (...places: Place[]) =>
  submitChange(w.db, w.actors.editor, "service", w.bigService, await version(), {
    facility_ids: places.map((p) => p.id),
  });
/** facility id → service_at_location id of the big service, live rows only */
const liveIds = async () =>
  Object.fromEntries(
    (
      await w.pool.query<{ facility_id: string; id: string }>(
        "SELECT facility_id, id FROM service_at_location WHERE service_id = $1",
        [w.bigService],
      )
    ).rows.map((r) => [r.facility_id, r.id]),
  );

/** Whether the public can still find the big service at `p`: facility page, search index, services search. */
async function publiclyAt(p: Place, salId: string) {
  const page = (await getFacilityBySlug(w.db, p.slug))!.services.some((s) => s.id === w.bigService);
  const index =
    (
      await w.pool.query(
        "SELECT count(*)::int AS n FROM facility_search WHERE facility_id = $1 AND $2::uuid = ANY(service_ids)",
        [p.id, w.bigService],
      )
    ).rows[0].n > 0;
  const found = await searchServices(
    w.pool,
    getGeocoder(),
    ZServiceSearchQuery.parse({ postcode: p.postcode.slice(0, 4), service: [term], sort: "distance", limit: "200" }),
  );
  const search = found.data.some((s) => s.location.service_at_location_id === salId);
  return { page, index, search };
}

describe("a service's locations keep their ids", () => {
  it("keeps ids through removing, re-adding and a revert, and removed locations leave every public read", async () => {
    expect(term).not.toBe("");
    await offerAt(a, b, c);
    const ids = await liveIds();
    const [idA, idB, idC] = [ids[a.id]!, ids[b.id]!, ids[c.id]!];
    // (The services search gives each service at its nearest location: offered only at c, that is c.)
    await offerAt(c);
    expect(await liveIds()).toEqual({ [c.id]: idC });
    expect(await publiclyAt(c, idC)).toEqual({ page: true, index: true, search: true });
    expect(await publiclyAt(a, idA)).toEqual({ page: false, index: false, search: false });
    await offerAt(a, b, c);
    expect(await liveIds()).toEqual({ [a.id]: idA, [b.id]: idB, [c.id]: idC });

    // Taking c away: a and b keep their ids, c's id is kept aside and is found nowhere in public.
    const removed = await offerAt(a, b);
    expect(await liveIds()).toEqual({ [a.id]: idA, [b.id]: idB });
    expect(await publiclyAt(c, idC)).toEqual({ page: false, index: false, search: false });

    // Offering it at c again brings back the same id.
    await offerAt(a, b, c);
    expect(await liveIds()).toEqual({ [a.id]: idA, [b.id]: idB, [c.id]: idC });

    // A moderator's revert of a removal restores the same rows.
    const narrowed = await offerAt(a);
    expect(await liveIds()).toEqual({ [a.id]: idA });
    await revertTo(
      w.db,
      w.actors.moderator,
      (narrowed as Extract<Outcome, { outcome: "applied" }>).revisionId,
      await version(),
      "before",
    );
    expect(await liveIds()).toEqual({ [a.id]: idA, [b.id]: idB, [c.id]: idC });
    expect(removed.outcome).toBe("applied");
  });

  it("a sheet naming a removed location says the service ended there, and where it is still offered", async () => {
    await offerAt(a, b, c);
    const ids = await liveIds();
    await offerAt(a, b);
    const sheet = await loadSheet(w.pool, [ids[a.id]!, ids[c.id]!]);
    expect(sheet.items.map((i) => i.id)).toEqual([ids[a.id]]);
    expect(sheet.missing).toEqual([]);
    expect(sheet.ended).toEqual([expect.objectContaining({ id: ids[c.id], was: { name: c.name, place: c.place } })]);
    expect(sheet.ended[0]!.elsewhere.map((e) => e.id).sort()).toEqual([ids[a.id], ids[b.id]].sort());

    // Offered nowhere any more: it ended, with no other place to name; an id that never existed stays unknown.
    await offerAt();
    const none = await loadSheet(w.pool, [ids[c.id]!, "00000000-0000-4000-8000-000000000000"]);
    expect(none.ended).toEqual([expect.objectContaining({ id: ids[c.id], elsewhere: [] })]);
    expect(none.missing).toEqual(["00000000-0000-4000-8000-000000000000"]);
    await offerAt(a, b, c);
  });
});
