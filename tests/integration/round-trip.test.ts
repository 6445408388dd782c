import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as csvExport } from "@/app/api/v1/export/facilities.csv/route";
import { GET as zipExport } from "@/app/api/v1/export/hsds.zip/route";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runImport } from "@/lib/server/import/run-import";

import {
  createFacility,
  createOrganization,
  createScratchWorld,
  createService,
  offerServiceAt,
  withScratchWorld,
  type ScratchWorld,
} from "../factories";

// Issue 15: an export and a re-import into an empty database give the same facilities, services and opening hours —
// the HSDS data package whole, the CSV for what a table holds (facilities, their kinds of help).

const source = withScratchWorld("round-trip-source", { asAppDatabase: true });
const dir = mkdtempSync(join(tmpdir(), "bw-round-trip-"));
const actor = { id: null, label: "round trip" };
let empty: ScratchWorld;
afterAll(async () => {
  await empty?.drop();
});

const noParams = { params: Promise.resolve({}) };
async function exported(handler: typeof csvExport, name: string): Promise<string> {
  const res = await handler(new Request(`http://localhost/api/v1/export/${name}`), noParams);
  expect(res.status).toBe(200);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await res.arrayBuffer()));
  return path;
}

const facilities = (db: PrismaClient) =>
  db.facility.findMany({
    select: {
      name: true,
      street: true,
      houseNumber: true,
      postcode: true,
      place: true,
      lat: true,
      lng: true,
      openingHours: true,
      phone: true,
    },
    orderBy: { name: "asc" },
  });
const services = async (db: PrismaClient) =>
  (
    await db.service.findMany({
      select: {
        name: true,
        organization: { select: { name: true } },
        terms: { select: { termCode: true }, orderBy: { termCode: "asc" } },
        locations: { select: { openingHours: true, facility: { select: { name: true } } } },
      },
      orderBy: { name: "asc" },
    })
  ).map((s) => ({ ...s, locations: s.locations.sort((a, b) => a.facility.name.localeCompare(b.facility.name)) }));

beforeAll(async () => {
  const org = await createOrganization(source.db, { name: "Stichting De Kamper Kogge" });
  const a = await createFacility(source.db, {
    pc4: "8261",
    name: "Buurthuis De Kogge",
    operatorId: org.id,
    openingHours: "Mo-Fr 09:00-17:00; Sa 10:00-12:00",
  });
  const b = await createFacility(source.db, {
    pc4: "8262",
    name: "Dorpshuis IJsselmuiden",
    operatorId: org.id,
    openingHours: "Tu,Th 19:00-22:00",
  });
  await source.db.facility.update({ where: { id: a.id }, data: { phone: "038 3311223" } });
  const debt = await createService(source.db, {
    organizationId: org.id,
    terms: ["schuldhulp", "ouderen"],
    name: "Geldzaken Kampen",
    at: [a.id],
  });
  await offerServiceAt(source.db, debt.id, b.id, { openingHours: "We 13:00-15:00" });
  await createService(source.db, { organizationId: org.id, terms: ["inloop"], name: "Koffie-inloop", at: [b.id] });
  empty = await createScratchWorld("round-trip-empty");
}, 120_000);

describe("export, then import into an empty database", () => {
  it("hsds.zip: the same facilities, services (names, kinds, audiences, where) and opening hours", async () => {
    const zip = await exported(zipExport, "hsds.zip");
    const r = await runImport({ file: zip, dryRun: false, actor, db: empty.db });
    expect(r.errors).toEqual([]);
    expect(r.written).toBe(true);
    expect(await facilities(empty.db)).toEqual(await facilities(source.db));
    expect(await services(empty.db)).toEqual(await services(source.db));
    // And again: nothing to change.
    expect(await runImport({ file: zip, dryRun: false, actor, db: empty.db })).toMatchObject({
      new: 0,
      changed: 0,
      written: false,
    });
  });

  it("facilities.csv: the same facilities, hours and kinds of help, into an organisation of the new database", async () => {
    const csv = await exported(csvExport, "facilities.csv");
    const fresh = await createScratchWorld("round-trip-csv");
    try {
      const target = await createOrganization(fresh.db, { name: "Stichting De Kamper Kogge" });
      const r = await runImport({ file: csv, dryRun: false, actor, db: fresh.db, organization: target.slug });
      expect(r.errors).toEqual([]);
      expect(r.new).toBe(2);
      expect(await facilities(fresh.db)).toEqual(await facilities(source.db));
      const kinds = async (db: PrismaClient) =>
        (
          await db.facility.findMany({
            select: { name: true, search: { select: { term: true } } },
            orderBy: { name: "asc" },
          })
        ).map((f) => [
          f.name,
          f.search
            .map((s) => s.term)
            .filter(Boolean)
            .sort(),
        ]);
      expect(await kinds(fresh.db)).toEqual(await kinds(source.db));
    } finally {
      await fresh.drop();
    }
  }, 60_000);
});
