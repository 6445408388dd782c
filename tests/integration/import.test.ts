import { spawn } from "node:child_process";
import { copyFileSync, createWriteStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import yazl from "yazl";

import { zipEntries } from "@/lib/import/zip-guard";
import { facilityEntity } from "@/lib/server/edit/facility-entity";
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
    expect(dorpshuis).toMatchObject({
      type: "dorpshuis",
      houseNumber: "3",
      houseNumberAddition: "a",
      wheelchair: "limited",
    });
    expect(dorpshuis.locationApproximate).toBe(true);
    expect(dorpshuis.gemeenteCode).toBe("GM0150"); // Deventer, from the postcode
    expect(Math.abs(dorpshuis.lat - 52.29)).toBeLessThan(0.1);
    const ref = await world.db.externalRef.findUniqueOrThrow({ where: { key: `csv:${org.slug}/DV-01` } });
    expect(ref.entityId).toBe(f.id);
    const rev = await world.db.revision.findFirstOrThrow({ where: { entityId: f.id } });
    expect(rev).toMatchObject({ action: "create", actorLabel: "test-import" });
    // The revision's snapshot (built from what was inserted) is the one the edit layer reads back.
    for (const name of ["Buurthuis De Vlonder", "Dorpshuis 't Schöpke"]) {
      const row = await world.db.facility.findFirstOrThrow({ where: { name } });
      const created = await world.db.revision.findFirstOrThrow({ where: { entityId: row.id, action: "create" } });
      expect(created.after).toEqual((await facilityEntity.load(world.db, row.id))!.snapshot);
    }
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
    const updated = file(
      "updated.csv",
      (await import("node:fs")).readFileSync(csv, "utf8").replace("0570 123456", "0570 654321"),
    );
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
      Buffer.from(
        "Name;Street;House number;Postcode;City\r\nBuurthuis Het Bolwerk;Bolwerksweg;8;7411 BZ;Deventer\r\nCafé Oké;Lange Bisschopstraat;1;7411 AA;Deventer\r\n",
        "latin1",
      ),
    );
    const r = await run({ file: latin, organization: org.slug });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message.en).join()).toMatch(/Windows-1252/);
    expect(r.new).toBe(2);
    expect(await world.db.facility.count({ where: { name: "Café Oké", street: "Lange Bisschopstraat" } })).toBe(1);
  });
});

describe("Excel, GeoJSON and OpenStreetMap", () => {
  it("reads the first worksheet of an .xlsx file", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Locaties");
    ws.addRow([
      "Naam",
      "Straat",
      "Huisnummer",
      "Toevoeging",
      "Postcode",
      "Plaats",
      "Latitude",
      "Longitude",
      "Rolstoel",
    ]);
    ws.addRow(["Buurtkamer De Hoven", "Hovenlaan", 12, "b", "7417 AA", "Deventer", 52.24, 6.14, "nee"]);
    const path = join(dir, "locaties.xlsx");
    await wb.xlsx.writeFile(path);
    const r = await run({ file: path, organization: org.slug });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ format: "xlsx", new: 1 });
    const f = await world.db.facility.findFirstOrThrow({ where: { name: "Buurtkamer De Hoven" } });
    expect(f).toMatchObject({ houseNumber: "12", houseNumberAddition: "b", lat: 52.24, wheelchair: "no" });
  });

  it("reads a GeoJSON FeatureCollection of Points with the table's property names", async () => {
    const fc = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "gj-1",
          geometry: { type: "Point", coordinates: [6.201, 52.262] },
          properties: {
            naam: "Wijkpunt Colmschate",
            soort: "wijkcentrum",
            straat: "Oerlestraat",
            huisnummer: "30",
            postcode: "7422 AA",
            plaats: "Deventer",
            kleur: "blauw",
          },
        },
      ],
    };
    const r = await run({ file: file("punten.geojson", JSON.stringify(fc)), organization: org.slug });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ format: "geojson", new: 1 });
    expect(r.warnings.map((w) => w.message.en).join()).toContain("kleur");
    const f = await world.db.facility.findFirstOrThrow({ where: { name: "Wijkpunt Colmschate" } });
    expect([f.lat, f.lng]).toEqual([52.262, 6.201]);
    expect(await world.db.externalRef.count({ where: { key: `geojson:${org.slug}/gj-1`, entityId: f.id } })).toBe(1);
  });

  const overpass = {
    elements: [
      {
        type: "node",
        id: 9001,
        lat: 52.2551,
        lon: 6.1602,
        tags: {
          amenity: "community_centre",
          name: "Buurthuis De Hanze",
          "addr:street": "Hanzeweg",
          "addr:housenumber": "20A",
          "addr:postcode": "7418 AW",
          "addr:city": "Deventer",
          wheelchair: "yes",
          opening_hours: "Mo-Fr 09:00-21:00",
          "contact:website": "https://hanze.example",
        },
      },
      {
        type: "way",
        id: 7001,
        center: { lat: 52.2552, lon: 6.1603 },
        tags: { amenity: "community_centre", name: "Buurthuis De Hanze", building: "yes", phone: "+31 570 111111" },
      },
      { type: "node", id: 9002, lat: 52.256, lon: 6.161, tags: { amenity: "cafe", name: "Café De Hoek" } },
      {
        type: "node",
        id: 9003,
        lat: 52.257,
        lon: 6.162,
        tags: { amenity: "social_facility", social_facility: "outreach", name: "Inloop zonder adres" },
      },
      {
        type: "node",
        id: 9004,
        lat: 52.258,
        lon: 6.163,
        tags: {
          amenity: "community_centre",
          name: "Buurthuis Rare Tijden",
          "addr:street": "Steenweg",
          "addr:housenumber": "4",
          "addr:postcode": "7411 HR",
          "addr:city": "Deventer",
          opening_hours: "maandag open",
        },
      },
    ],
  };

  it("reads Overpass JSON: ours only, a node and a way of one place once, the OSM id and licence kept, messy tags warned", async () => {
    const r = await run({ file: file("overpass.json", JSON.stringify(overpass)) });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ format: "osm", new: 2, skipped: 1 });
    const warnings = r.warnings.map((w) => w.message.en).join("\n");
    expect(warnings).toMatch(/1 map features are not community centres/);
    expect(warnings).toMatch(/node\/9001 and way\/7001 are the same place/);
    expect(warnings).toMatch(/Missing: straat, huisnummer, postcode, plaats/); // the outreach without an address: skipped, not an error
    expect(warnings).toMatch(/openingstijden: is not valid OSM opening_hours/);
    const ref = await world.db.externalRef.findUniqueOrThrow({ where: { key: "osm:node/9001" } });
    expect(ref).toMatchObject({ source: "osm", licence: "ODbL-1.0", attribution: "© OpenStreetMap contributors" });
    const f = await world.db.facility.findUniqueOrThrow({ where: { id: ref.entityId } });
    expect(f).toMatchObject({
      houseNumber: "20",
      houseNumberAddition: "A",
      phone: "+31 570 111111",
      website: "https://hanze.example",
      operatorId: null,
    });
    expect(
      (await world.db.facility.findFirstOrThrow({ where: { name: "Buurthuis Rare Tijden" } })).openingHours,
    ).toBeNull();
    expect(await world.db.externalRef.count({ where: { key: "osm:way/7001" } })).toBe(0);
  });

  it("reads an overpass-turbo GeoJSON export (way outlines as their centre) and is idempotent with the Overpass file", async () => {
    const fc = {
      type: "FeatureCollection",
      generator: "overpass-ide",
      features: overpass.elements.map((e) => ({
        type: "Feature",
        id: `${e.type}/${e.id}`,
        properties: { "@id": `${e.type}/${e.id}`, ...e.tags },
        geometry:
          e.type === "node"
            ? { type: "Point", coordinates: [e.lon, e.lat] }
            : {
                type: "Polygon",
                coordinates: [
                  [
                    [6.1602, 52.2551],
                    [6.1604, 52.2551],
                    [6.1604, 52.2553],
                    [6.1602, 52.2553],
                    [6.1602, 52.2551],
                  ],
                ],
              },
      })),
    };
    const before = await counts();
    const r = await run({ file: file("turbo.geojson", JSON.stringify(fc)) });
    expect(r).toMatchObject({ format: "osm", new: 0, changed: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);
  });
});

describe("duplicates", () => {
  it("a new record at the address, BAG id or (within 75 m, similar name) of an existing facility is reported and not created", async () => {
    const existing = await createFacility(world.db, { pc4: "7411", name: "Buurthuis De Bolwerk-Oost" });
    await world.db.facility.update({ where: { id: existing.id }, data: { bagId: "0150010000012345" } });
    const near = `${existing.lat + 30 / 111_320};${existing.lng}`; // 30 m north
    const path = file(
      "dubbel.csv",
      [
        "naam;straat;huisnummer;postcode;plaats;lat;lng;bag_id",
        `Buurthuis Elders;${existing.street};${existing.houseNumber};${existing.postcode};Deventer;;;`,
        "Iets heel anders;Kerkstraat;99;7411 ZZ;Deventer;;;0150010000012345",
        `Buurthuis de Bolwerk Oost;Ander pad;1;7411 ZY;Deventer;${near};`,
        "Buurthuis Nieuw;Nieuwstraat;1;7411 ZX;Deventer;;;",
        "Buurthuis Nieuw;Nieuwstraat;1;7411 ZX;Deventer;;;",
      ].join("\n"),
    );
    const r = await run({ file: path, organization: org.slug, dryRun: true });
    expect(r.errors).toEqual([]);
    expect(r.duplicates.map((d) => [d.record, d.reason, d.existing.id || "in file"])).toEqual([
      ["line 2", "address", existing.id],
      ["line 3", "bag_id", existing.id],
      ["line 4", "nearby_name", existing.id],
      ["line 6", "address", "in file"],
    ]);
    expect(r.new).toBe(1);
  });
});

describe("npm run import", () => {
  const cli = (args: string[]) =>
    spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args], {
      env: { ...process.env, DATABASE_URL: world.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
  const finish = (child: ReturnType<typeof cli>) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
      child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });

  it("--json prints the report alone on stdout; exit 1 when the file cannot be imported, never a stack trace", async () => {
    const bad = file("cli-bad.csv", "naam;straat;huisnummer;postcode;plaats\nBuurthuis Kapot;Straat;1;999;Deventer\n");
    const out = await finish(cli([bad, "--json", "--org", org.slug]));
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as { errors: { record: string; field: string }[]; new: number };
    expect(report.errors).toMatchObject([{ record: "line 2", field: "postcode" }]);
    expect(out.stderr).not.toMatch(/at .*\.ts:\d+/);
    const usage = await finish(cli([]));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run import/);
  }, 60_000);

  it("an import killed half-way changes nothing", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `Killtest ${i};Zandweerdlaan;${i + 1};7416 AA;Deventer;52.27;6.16`,
    );
    const big = file("big.csv", `naam;straat;huisnummer;postcode;plaats;lat;lng\n${rows.join("\n")}\n`);
    const child = cli([big, "--org", org.slug, "--allow-duplicates"]);
    const done = finish(child);
    await new Promise<void>((resolve) =>
      child.stderr.on("data", (b: Buffer) => /\[import\] \d+ records/.test(b.toString()) && resolve()),
    );
    const midway = await world.db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' OR state = 'active'`;
    expect(midway[0]!.n).toBeGreaterThan(0);
    child.kill("SIGKILL");
    await done;
    await new Promise((r) => setTimeout(r, 500)); // the server sees the connection go and rolls back
    expect(await world.db.facility.count({ where: { name: { startsWith: "Killtest" } } })).toBe(0);
    expect(await world.db.externalRef.count({ where: { key: { startsWith: `csv:${org.slug}/` } } })).toBe(3);
  }, 120_000);
});

describe("limits", () => {
  it("refuses a zip with too many entries or too many bytes unpacked before inflating anything", async () => {
    const zip = new yazl.ZipFile();
    for (let i = 0; i < 30; i++) zip.addBuffer(Buffer.alloc(1000), `e${i}.xml`);
    zip.end();
    const path = join(dir, "bomb.zip");
    await new Promise<void>((resolve) => zip.outputStream.pipe(createWriteStream(path)).on("close", () => resolve()));
    await expect(zipEntries(path, { entries: 10, uncompressedBytes: 1e9 })).rejects.toMatchObject({
      reason: "entries",
    });
    await expect(zipEntries(path, { entries: 100, uncompressedBytes: 20_000 })).rejects.toMatchObject({
      reason: "size",
    });
    await expect(zipEntries(path, { entries: 100, uncompressedBytes: 1e9 })).resolves.toHaveLength(30);
    const r = await run({ file: path, format: "xlsx", organization: org.slug });
    expect(r.errors.map((e) => e.message.en).join()).toMatch(/holds no facilities/);
  });

  it("refuses a file over the size limit", async () => {
    process.env.IMPORT_MAX_MB = "1";
    try {
      const r = await run({ file: file("huge.csv", `naam\n${"x".repeat(1_100_000)}\n`) });
      expect(r).toMatchObject({ status: "refused", written: false });
      expect(r.errors[0]!.message.nl).toMatch(/groter dan 1 MB/);
    } finally {
      delete process.env.IMPORT_MAX_MB;
    }
  });
});
