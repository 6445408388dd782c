import { beforeAll, describe, expect, it } from "vitest";

import type { UserActor } from "@/lib/auth/actor";
import { ReleasingPrismaPg } from "@/lib/db/prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { submitChange } from "@/lib/server/edit/apply";
import { moderationQueue } from "@/lib/server/edit/queue";

import { createFacility, createOrganization, createPerson, createService, withScratchWorld } from "../factories";

// The moderators' queue shows each waiting change with a before/after of the fields it touches, and reads it in a
// fixed number of queries however long the queue is (issue 13: no N+1).

// The geocoder behind submitChange reads through lib/db, so the app uses the scratch database too.
const w = withScratchWorld("moderation_queue", { asAppDatabase: true });
let moderator: UserActor;

beforeAll(async () => {
  moderator = await createPerson(w.db, { role: "moderator" });
});

/** One organisation whose changes wait, with one of each kind of waiting change; returns what the queue should say. */
async function waitingChanges() {
  const org = await createOrganization(w.db, { publishesDirectly: false });
  const other = await createOrganization(w.db);
  const editor = await createPerson(w.db, { memberOf: { [org.id]: "editor" } });
  const first = await createFacility(w.db, { operatorId: org.id, name: "Eerste" });
  const edited = await createFacility(w.db, { operatorId: org.id, name: "Tweede" });
  const moved = await createFacility(w.db, { operatorId: org.id, name: "Derde" });
  const theirs = await createFacility(w.db, { operatorId: other.id, name: "Van een ander" });
  const service = await createService(w.db, { organizationId: org.id, terms: ["schuldhulp"], at: [first.id] });
  // A first change of a listing that has no revision yet: "before" is the listing as it is.
  await submitChange(w.db, editor, "facility", first.id, 1, { name: "Eerste, nieuw" });
  // After a moderator's change (revision at version 2): "before" is that version's content.
  await submitChange(w.db, moderator, "facility", edited.id, 1, { name: "Tweede, door moderator" });
  await submitChange(w.db, editor, "facility", edited.id, 2, { name: "Tweede, door editor" });
  // Waiting on version 1 while a moderator moved the listing on: stale, "before" still what the editor saw.
  await submitChange(w.db, editor, "facility", moved.id, 1, { name: "Derde, door editor" });
  await submitChange(w.db, moderator, "facility", moved.id, 1, { name: "Derde, door moderator" });
  await submitChange(w.db, editor, "service", service.id, 1, {
    name: "Dienst, nieuw",
    facility_ids: [first.id, theirs.id],
  });
  await submitChange(w.db, editor, "organization", org.id, 1, { description: "Nieuwe omschrijving" });
  await w.db.changeRequest.create({
    data: {
      entityType: "facility",
      entityId: null,
      organizationId: org.id,
      patch: { name: "Voorstel", street: "Laan", house_number: "3", place: "Utrecht" },
      createdById: editor.id,
      createdByLabel: editor.label,
    },
  });
  return { org, first, edited, moved, theirs, service };
}

describe("moderation queue", () => {
  it("shows each kind of waiting change with the before the editor saw", async () => {
    const made = await waitingChanges();
    const mine = (await moderationQueue(w.db)).filter((q) => q.organization === made.org.name);
    const named = (label: string) => mine.find((q) => q.label.startsWith(label));
    const name = (label: string) => named(label)?.changes.find((c) => c.field === "name");
    expect(name("Eerste, Teststraat")).toEqual({ field: "name", before: "Eerste", after: "Eerste, nieuw" });
    expect(name("Tweede, door moderator")).toEqual({
      field: "name",
      before: "Tweede, door moderator",
      after: "Tweede, door editor",
    });
    expect(named("Tweede, door moderator")?.stale).toBe(false);
    expect(name("Derde, door moderator")).toEqual({ field: "name", before: "Derde", after: "Derde, door editor" });
    expect(named("Derde, door moderator")?.stale).toBe(true);
    expect(named("Dienst, nieuw")).toBeUndefined(); // the service's own change waits under its current name
    const service = mine.filter((q) => q.label.startsWith(made.service.name));
    expect(service.map((q) => q.label.includes("→ Van een ander"))).toEqual([false, true]);
    expect(service[0]?.changes.find((c) => c.field === "name")?.after).toBe("Dienst, nieuw");
    expect(mine.find((q) => q.label === made.org.name)?.changes).toEqual([
      { field: "description", before: "", after: "Nieuwe omschrijving" },
    ]);
    expect(mine.find((q) => q.isNew)?.label).toBe("Voorstel, Laan 3, Utrecht");
    expect(mine).toHaveLength(7);
  });

  it("reads a queue of 3 × as many changes in the same number of queries", async () => {
    const db = new PrismaClient({ adapter: new ReleasingPrismaPg(w.pool), log: [{ emit: "event", level: "query" }] });
    let queries = 0;
    db.$on("query", () => void queries++);
    const count = async () => {
      queries = 0;
      const items = await moderationQueue(db);
      return { items: items.length, queries };
    };
    const small = await count();
    await waitingChanges();
    await waitingChanges();
    const large = await count();
    expect(large.items).toBe(small.items + 14);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(12);
    await db.$disconnect();
  });
});
