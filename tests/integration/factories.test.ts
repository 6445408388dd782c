import { describe, expect, it } from "vitest";

import { GazetteerGeocoder } from "@/lib/geocoder/gazetteer";
import { ZFacilitySearchQuery } from "@/lib/schemas/facility-search";
import { searchFacilities } from "@/lib/server/search/search-facilities";

import { createFacility, createOrganization, createPerson, createService, withScratchWorld } from "../factories";

// The factories' rows are what the read paths see: searchable at once (facility_search), on the map (facility_cell),
// and their people carry the rights asked for.

const w = withScratchWorld("factories");

describe("test factories", () => {
  it("make a facility with a service that the search and the map cells find at once", async () => {
    const org = await createOrganization(w.db, { serviceArea: ["GM0344"] });
    const far = await createFacility(w.db, { operatorId: org.id, pc4: "3512", offsetM: { east: 800, north: 0 } });
    const near = await createFacility(w.db, { operatorId: org.id, pc4: "3512" });
    await createService(w.db, { organizationId: org.id, terms: ["schuldhulp", "ouderen"], at: [near.id, far.id] });
    expect(near.gemeenteCode).toBe("GM0344");
    expect(near.postcode).toMatch(/^3512 [A-Z]{2}$/);
    const q = ZFacilitySearchQuery.parse({ postcode: "3512", service: ["schuldhulp"], audience: ["ouderen"] });
    const found = await searchFacilities(w.pool, new GazetteerGeocoder(w.pool), q, new Date("2026-11-25T10:00:00Z"));
    expect(found.data.map((f) => f.id)).toEqual([near.id, far.id]);
    expect(found.data.every((f) => f.open_now === true)).toBe(true); // weekdays 09:00–17:00, a Wednesday 11:00
    const { rows } = await w.pool.query<{ n: number }>(
      "SELECT coalesce(sum(n), 0)::int AS n FROM facility_cell WHERE term = 'schuldhulp' AND z = 12",
    );
    expect(rows[0]?.n).toBe(2);
  });

  it("make people with the memberships, delegations and site role asked for, each with an address of their own", async () => {
    const org = await createOrganization(w.db);
    const f = await createFacility(w.db, { operatorId: org.id, gemeenteCode: "GM0363" });
    const editor = await createPerson(w.db, { memberOf: { [org.id]: "editor" } });
    const volunteer = await createPerson(w.db, { delegateOf: [f.id] });
    const moderator = await createPerson(w.db, { role: "moderator" });
    expect(editor.orgs.get(org.id)).toBe("editor");
    expect([...volunteer.facilities]).toEqual([f.id]);
    expect(moderator.role).toBe("moderator");
    expect(new Set([editor.email, volunteer.email, moderator.email]).size).toBe(3);
    expect(f.gemeenteCode).toBe("GM0363");
  });
});
