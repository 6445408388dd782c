import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { runImport, type ImportOptions } from "@/lib/server/import/run-import";

import { createFacility, createOrganization, withScratchWorld } from "../factories";

// Issue 15: imports from a flat table (CSV, Excel), GeoJSON and OpenStreetMap — a dry run that writes nothing, the
// report, idempotent re-imports, all or nothing, duplicates. Names and postcodes are not the demo data's (Deventer).

const world = withScratchWorld("import", { asAppDatabase: true });
const dir = mkdtempSync(join(tmpdir(), "bw-import-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const actor = { id: null, label: "test-import" };
const run = (o: Partial<ImportOptions> & { file: string }) => runImport({ dryRun: false, actor, db: world.db, ...o });
const counts = async () => {
  const [r] = await world.db.$queryRaw<{ f: number; r: number; x: number; b: number }[]>`
    SELECT (SELECT count(*)::int FROM facility) AS f, (SELECT count(*)::int FROM revision) AS r,
           (SELECT count(*)::int FROM external_ref) AS x, (SELECT count(*)::int FROM import_batch) AS b`;
  return r!;
};

let org: { id: string; slug: string };
let csv: string;
beforeAll(async () => {
  org = await createOrganization(world.db, { name: "Welzijn Deventer" });
  csv = join(dir, "buurthuizen.csv");
  copyFileSync("tests/fixtures/import/buurthuizen.csv", csv);
});

describe("a flat table (CSV)", () => {
  it("a dry run reports what would happen and writes nothing", async () => {
    const before = await counts();
    const r = await run({ file: csv, organization: org.slug, dryRun: true });
    expect(r.errors).toEqual([]);
    expect({ new: r.new, changed: r.changed, unchanged: r.unchanged, written: r.written }).toEqual({
      new: 3,
      changed: 0,
      unchanged: 0,
      written: false,
    });
    expect(r.warnings.map((w) => w.message.en).join()).toContain("Contactpersoon");
    expect(await counts()).toEqual(before);
  });

  it("imports every row, splits the address, reads Dutch words and numbers, geocodes a row without coordinates", async () => {
    const r = await run({ file: csv, organization: org.slug });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ new: 3, written: true, status: "applied" });
    const f = await world.db.facility.findFirstOrThrow({ where: { name: "Buurthuis De Vlonder" } });
    expect(f).toMatchObject({
      street: "Brinkgreverweg",
      houseNumber: "14",
      postcode: "7413 AB",
      lat: 52.2589,
      lng: 6.172,
      website: "https://www.devlonder.example",
      wheelchair: "yes",
      operatorId: org.id,
      locationApproximate: false,
    });
    const dorpshuis = await world.db.facility.findFirstOrThrow({ where: { name: "Dorpshuis 't Schöpke" } });
    expect(dorpshuis).toMatchObject({ type: "dorpshuis", houseNumber: "3", houseNumberAddition: "a", wheelchair: "limited" });
    expect(dorpshuis.locationApproximate).toBe(true);
    expect(dorpshuis.gemeenteCode).toBe("GM0150"); // Deventer, from the postcode
    expect(Math.abs(dorpshuis.lat - 52.29)).toBeLessThan(0.1);
    const ref = await world.db.externalRef.findUniqueOrThrow({ where: { key: `csv:${org.slug}/DV-01` } });
    expect(ref.entityId).toBe(f.id);
    const rev = await world.db.revision.findFirstOrThrow({ where: { entityId: f.id } });
    expect(rev).toMatchObject({ action: "create", actorLabel: "test-import" });
    const offered = await world.db.serviceAtLocation.findMany({
      where: { facilityId: f.id },
      select: { service: { select: { name: true, organizationId: true, terms: { select: { termCode: true } } } } },
    });
    expect(offered.map((o) => o.service.terms.map((t) => t.termCode))).toEqual([["schuldhulp"]]);
    const searchRows = await world.db.facilitySearch.count({ where: { facilityId: f.id } });
    expect(searchRows).toBeGreaterThan(1); // the search index knows it, with its service
  });

  it("importing the same file again changes nothing and writes nothing", async () => {
    const before = await counts();
    const r = await run({ file: csv, organization: org.slug });
    expect({ new: r.new, changed: r.changed, unchanged: r.unchanged, written: r.written }).toEqual({
      new: 0,
      changed: 0,
      unchanged: 3,
      written: false,
    });
    expect(await counts()).toEqual(before);
  });

  it("an updated file changes only the fields that changed, as revisions", async () => {
    const updated = file("updated.csv", (await import("node:fs")).readFileSync(csv, "utf8").replace("0570 123456", "0570 654321"));
    const r = await run({ file: updated, organization: org.slug });
    expect({ new: r.new, changed: r.changed, unchanged: r.unchanged }).toEqual({ new: 0, changed: 1, unchanged: 2 });
    expect(r.changes[0]!.fields).toEqual([{ field: "phone", before: "0570 123456", after: "0570 654321" }]);
    const f = await world.db.facility.findFirstOrThrow({ where: { name: "Buurthuis De Vlonder" } });
    expect(f.version).toBe(2);
    const rev = await world.db.revision.findFirstOrThrow({ where: { entityId: f.id, action: "import" } });
    expect(rev.before).toMatchObject({ phone: "0570 123456" });
    expect(rev.after).toMatchObject({ phone: "0570 654321" });
  });

  it("one bad row and nothing is written; every error names its line, field and a message in Dutch and English", async () => {
    const before = await counts();
    const bad = file(
      "bad.csv",
      "name,address,postal_code,city,type,opening_hours\n" +
        "Buurtkamer Zandweerd,Zandweerdlaan 2,7416 AA,Deventer,buurtkamer,Mo 10:00-12:00\n" +
        "Buurtkamer Voorstad,Hanzeweg 9,74XX,Deventer,buurtkamer,Mo 10:00-12:00\n" +
        "Buurtkamer Rivierenwijk,Ijsselstraat 5,7411 AA,Deventer,buurtkamer,elke maandag\n",
    );
    const r = await run({ file: bad, organization: org.slug });
    expect(r.written).toBe(false);
    expect(r.errors.map((e) => [e.record, e.field])).toEqual([
      ["line 3", "postcode"],
      ["line 4", "openingstijden"],
    ]);
    expect(r.errors[0]!.message.nl).toMatch(/moet een postcode zijn zoals 3512 AB/);
    expect(r.errors[0]!.message.en).toMatch(/Dutch postcode such as 3512 AB/);
    expect(await counts()).toEqual(before);
  });

  it("reads Windows-1252 (older Excel) with a warning, and a comma-separated file with English headers", async () => {
    const latin = file(
      "latin.csv",
      Buffer.from("Name;Street;House number;Postcode;City\r\nBuurthuis Het Bolwerk;Bolwerksweg;8;7411 BZ;Deventer\r\nCafé Oké;Lange Bisschopstraat;1;7411 AA;Deventer\r\n", "latin1"),
    );
    const r = await run({ file: latin, organization: org.slug });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message.en).join()).toMatch(/Windows-1252/);
    expect(r.new).toBe(2);
    expect(await world.db.facility.count({ where: { name: "Café Oké", street: "Lange Bisschopstraat" } })).toBe(1);
  });
});
