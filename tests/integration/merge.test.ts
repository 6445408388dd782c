import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors/app-error";
import { mergeFacilities } from "@/lib/server/edit/merge-facilities";
import { proposeFacility } from "@/lib/server/edit/moderation";
import { runImport } from "@/lib/server/import/run-import";
import { mergedInto } from "@/lib/server/listings/facility-redirect";

import { createFacility, createOrganization, createPerson, createService, withScratchWorld } from "../factories";

// Issue 15: a moderator merges two listings of one place — services, history, external ids and reports move to
// the facility kept, the other's address redirects, and a re-import of the other's source updates the kept one.

const world = withScratchWorld("merge", { asAppDatabase: true });

describe("merging two facilities", () => {
  it("moves services, history, external ids and reports; the old slug redirects; a re-import finds the kept one", async () => {
    const org = await createOrganization(world.db);
    const keep = await createFacility(world.db, { operatorId: org.id, pc4: "8011", name: "Buurthuis De Kroon" });
    const dup = await createFacility(world.db, { operatorId: org.id, pc4: "8011", name: "Buurthuis de Kroon (oud)" });
    const both = await createService(world.db, { organizationId: org.id, terms: ["inloop"], at: [keep.id, dup.id] });
    const only = await createService(world.db, { organizationId: org.id, terms: ["schuldhulp"], at: [dup.id] });
    await world.db.report.create({ data: { facilityId: dup.id, message: "Telefoonnummer klopt niet" } });
    await world.db.revision.create({
      data: { entityType: "facility", entityId: dup.id, version: 1, action: "create", actorLabel: "x", after: {} },
    });
    await world.db.externalRef.create({
      data: { key: "osm:node/808080", entityType: "facility", entityId: dup.id, source: "osm" },
    });
    const taalcafe = await world.db.activity.create({
      data: {
        facilityId: dup.id,
        name: "Taalcafé",
        kind: "taalcafe",
        rrule: "FREQ=WEEKLY;BYDAY=TU",
        freq: "weekly",
        weekdays: 2,
        startMinute: 600,
        endMinute: 660,
        validFrom: new Date("2026-09-01T00:00:00Z"),
      },
    });
    const moderator = await createPerson(world.db, { role: "moderator" });
    const editor = await createPerson(world.db, { memberOf: { [org.id]: "org_admin" } });

    await expect(mergeFacilities(world.db, editor, { keepId: keep.id, mergeId: dup.id })).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(mergeFacilities(world.db, moderator, { keepId: keep.id, mergeId: keep.id })).rejects.toMatchObject({
      field: "merge",
    });

    const { slug } = await mergeFacilities(world.db, moderator, { keepId: keep.id, mergeId: dup.id });
    expect(slug).toBe(keep.slug);
    expect(await world.db.facility.findUnique({ where: { id: dup.id } })).toBeNull();
    const at = await world.db.serviceAtLocation.findMany({
      where: { facilityId: keep.id },
      select: { serviceId: true },
    });
    expect(at.map((a) => a.serviceId).sort()).toEqual([both.id, only.id].sort());
    expect(await world.db.report.count({ where: { facilityId: keep.id } })).toBe(1);
    expect(await world.db.revision.count({ where: { entityId: keep.id, action: "merge" } })).toBe(1);
    expect(await world.db.revision.count({ where: { entityId: keep.id, action: "create" } })).toBeGreaterThan(0); // the other's history
    expect(await world.db.revision.count({ where: { entityId: only.id, action: "merge" } })).toBe(1);
    expect(await mergedInto(dup.slug)).toBe(keep.slug);
    // Its programme moved along, same id (calendar UID), at the kept facility's place, a new SEQUENCE.
    const moved = await world.db.activity.findUnique({ where: { id: taalcafe.id } });
    expect(moved).toMatchObject({ facilityId: keep.id, lat: keep.lat, lng: keep.lng, sequence: 1 });
    expect(await world.db.facilitySearch.count({ where: { facilityId: keep.id, term: "schuldhulp" } })).toBe(1);

    // The duplicate's OpenStreetMap node again: it updates the kept facility, nothing new.
    const file = join(tmpdir(), `merge-${Date.now()}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        elements: [
          {
            type: "node",
            id: 808080,
            lat: keep.lat,
            lon: keep.lng,
            tags: { amenity: "community_centre", name: keep.name, phone: "038 7654321" },
          },
        ],
      }),
    );
    const r = await runImport({ file, dryRun: false, actor: { id: null, label: "test" }, db: world.db });
    expect(r).toMatchObject({ new: 0, changed: 1 });
    expect((await world.db.facility.findUniqueOrThrow({ where: { id: keep.id } })).phone).toBe("038 7654321");
  });
});

describe("'Nieuwe locatie' and duplicates", () => {
  it("a proposal at the address of a listed facility is answered with that facility; 'it is another place' proposes it", async () => {
    const org = await createOrganization(world.db);
    const existing = await createFacility(world.db, { operatorId: org.id, pc4: "8012", name: "Wijkcentrum De Enk" });
    const editor = await createPerson(world.db, { memberOf: { [org.id]: "editor" } });
    const input = {
      name: "Enk Buurtkamer",
      type: "buurtkamer",
      street: existing.street,
      house_number: existing.houseNumber,
      postcode: existing.postcode,
      place: existing.place,
    };
    const refused = await proposeFacility(world.db, editor, org.id, input).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ field: "not_duplicate" });
    expect((refused as AppError).text("nl")).toContain("Wijkcentrum De Enk (zelfde postcode en huisnummer)");
    const before = await world.db.changeRequest.count();
    expect(await proposeFacility(world.db, editor, org.id, input, { notDuplicate: true })).toMatchObject({
      outcome: "pending",
    });
    expect(await world.db.changeRequest.count()).toBe(before + 1);
    // Elsewhere, and not close by: no question.
    expect(
      await proposeFacility(world.db, editor, org.id, { ...input, house_number: "8123", name: "Heel Anders" }),
    ).toMatchObject({ outcome: "pending" });
  });
});
