import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";

import { GET as csvExport } from "@/app/api/v1/export/facilities.csv/route";
import { GET as geojsonExport } from "@/app/api/v1/export/facilities.geojson/route";
import { GET as zipExport } from "@/app/api/v1/export/hsds.zip/route";
import { derivedId, termId } from "@/lib/hsds/ids";
import { TABLES } from "@/lib/hsds/tabular";
import { TEMPLATE_COLUMNS } from "@/lib/import/columns";

import { createFacility, createOrganization, createService, withScratchWorld } from "../factories";

// Issue 15, the exports: every facility the public sees as the import template's CSV and as GeoJSON, and the HSDS 3.0
// tabular data package as a zip — with a facility made here (its services, its hours, a name that is a formula, a
// listing from OpenStreetMap) found in each, and a facility closed for good in none.

const w = withScratchWorld("export", { asAppDatabase: true });
const noParams = { params: Promise.resolve({}) };
const fetchExport = async (handler: typeof csvExport, path: string) => {
  const res = await handler(new Request(`http://localhost/api/v1/export/${path}`), noParams);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
};

const made = {} as {
  org: { id: string; slug: string };
  buurthuis: { id: string; lat: number; lng: number };
  formula: { id: string };
  closed: { id: string };
  service: { id: string };
  osmKey: string;
};
let listed = 0;

beforeAll(async () => {
  const db = w.db;
  const org = await createOrganization(db, { name: "Stichting Wijkwerk Kampen" });
  const buurthuis = await createFacility(db, {
    pc4: "8261",
    name: "Buurthuis De Botter",
    operatorId: org.id,
    openingHours: "Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off",
    wheelchair: "yes",
  });
  const formula = await createFacility(db, {
    pc4: "8261",
    name: '=HYPERLINK("https://evil.example","klik")',
    operatorId: org.id,
  });
  await db.facility.update({
    where: { id: formula.id },
    data: { phone: "+31 38 123 4567", description: "@SUM(A1:A9)" },
  });
  const closed = await createFacility(db, {
    pc4: "8261",
    name: "Dorpshuis Gesloten",
    status: "closed",
    operatorId: org.id,
  });
  const service = await createService(db, {
    organizationId: org.id,
    terms: ["schuldhulp", "voedselhulp", "ouderen"],
    name: "Spreekuur geldzaken",
    at: [buurthuis.id, closed.id],
  });
  await createService(db, { organizationId: org.id, terms: ["repair-cafe"], name: "Repair Café", at: [buurthuis.id] });
  const osmKey = `osm:node/${Date.now()}`;
  await db.$executeRaw`INSERT INTO external_ref (key, entity_type, entity_id, source, licence, attribution)
    VALUES (${osmKey}, 'facility', ${formula.id}::uuid, 'osm', 'ODbL-1.0', '© OpenStreetMap contributors')`;
  await db.$executeRaw`SELECT bump_cache_generation()`;
  listed = await db.facility.count({ where: { status: { not: "closed" } } });
  Object.assign(made, { org, buurthuis, formula, closed, service, osmKey });
});

describe("GET /api/v1/export/facilities.csv", () => {
  it("is the import template: UTF-8 with BOM, ; between fields, exactly its columns, one row per listed facility", async () => {
    const { res, bytes } = await fetchExport(csvExport, "facilities.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.csv"/);
    expect(res.headers.get("cache-control")).toMatch(/public/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { delimiter: ";", bom: true }) as string[][];
    expect(rows[0]).toEqual(TEMPLATE_COLUMNS);
    expect(rows).toHaveLength(listed + 1);
    const records = parse(bytes, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    const ids = records.map((r) => r.extern_id);
    expect(ids).not.toContain(made.closed.id);
    expect(new Set(ids).size).toBe(ids.length);
    const b = records.find((r) => r.extern_id === made.buurthuis.id)!;
    expect(b).toMatchObject({
      naam: "Buurthuis De Botter",
      soort: "buurthuis",
      plaats: "Kampen",
      gemeente: "GM0166",
      openingstijden: "Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off",
      rolstoel: "ja",
      // kinds of help only (the audience "ouderen" is not one), as the import reads them back
      diensten: "repair-cafe;schuldhulp;voedselhulp",
      organisatie: made.org.slug,
    });
    expect(Number(b.lat)).toBeCloseTo(made.buurthuis.lat, 6);
    expect(b.postcode).toMatch(/^8261 [A-Z]{2}$/);
  });

  it("defuses fields a spreadsheet would run as a formula", async () => {
    const { bytes } = await fetchExport(csvExport, "facilities.csv");
    const text = bytes.toString("utf8");
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""klik"")"`);
    expect(text).toContain(`"'@SUM(A1:A9)"`);
    expect(text).not.toMatch(/(^|;)"=/m);
    const f = (parse(bytes, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[]).find(
      (r) => r.extern_id === made.formula.id,
    )!;
    expect(f.naam?.startsWith("'=")).toBe(true);
    expect(f.telefoon).toBe("'+31 38 123 4567");
  });

  it("takes no parameters", async () => {
    const res = await csvExport(new Request("http://localhost/api/v1/export/facilities.csv?limit=5"), noParams);
    expect(res.status).toBe(400);
  });
});

describe("GET /api/v1/export/facilities.geojson", () => {
  it("is an RFC 7946 FeatureCollection of Points ([lng, lat]) with the template's columns as properties", async () => {
    const { res, bytes } = await fetchExport(geojsonExport, "facilities.geojson");
    expect(res.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const fc = JSON.parse(bytes.toString("utf8")) as {
      type: string;
      features: {
        type: string;
        id: string;
        geometry: { type: string; coordinates: number[] };
        properties: Record<string, unknown>;
      }[];
    };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(listed);
    const f = fc.features.find((x) => x.id === made.buurthuis.id)!;
    expect(f.type).toBe("Feature");
    expect(f.geometry).toEqual({ type: "Point", coordinates: [made.buurthuis.lng, made.buurthuis.lat] });
    expect(Object.keys(f.properties)).toEqual(TEMPLATE_COLUMNS.filter((c) => c !== "lat" && c !== "lng"));
    expect(f.properties).toMatchObject({
      extern_id: made.buurthuis.id,
      naam: "Buurthuis De Botter",
      diensten: "repair-cafe;schuldhulp;voedselhulp",
    });
    expect(fc.features.map((x) => x.id)).not.toContain(made.closed.id);
  });
});

// ——— the HSDS data package ———

function unzip(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const files = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(files));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

describe("GET /api/v1/export/hsds.zip", () => {
  let files: Map<string, Buffer>;
  const table = (name: string) => parse(files.get(`${name}.csv`)!, { columns: true }) as Record<string, string>[];
  beforeAll(async () => {
    const { res, bytes } = await fetchExport(zipExport, "hsds.zip");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    files = await unzip(bytes);
  });

  it("holds datapackage.json and one CSV per table, each with the columns datapackage.json names", () => {
    expect([...files.keys()].sort()).toEqual(["datapackage.json", ...TABLES.map((t) => t.path)].sort());
    const dp = JSON.parse(files.get("datapackage.json")!.toString("utf8")) as {
      profile: string;
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(dp.profile).toBe("tabular-data-package");
    for (const r of dp.resources) {
      const header = (parse(files.get(r.path)!, { to_line: 1 }) as string[][])[0];
      expect(header, r.path).toEqual(r.schema.fields.map((f) => f.name));
    }
    for (const name of [
      "organization",
      "service",
      "location",
      "address",
      "phone",
      "schedule",
      "service_at_location",
      "taxonomy",
      "taxonomy_term",
      "attribute",
    ])
      expect(dp.resources.map((r) => r.name)).toContain(name);
  });

  it("credits Buurtwijzer and OpenStreetMap and offers the package under the ODbL, as the OSM listing asks", () => {
    const dp = JSON.parse(files.get("datapackage.json")!.toString("utf8")) as {
      attribution: string;
      licenses: { name: string; path: string }[];
      sources: { title: string; attribution?: string; listings?: number }[];
    };
    expect(dp.attribution).toBe("Buurtwijzer; © OpenStreetMap contributors (ODbL)");
    expect(dp.licenses).toEqual([
      expect.objectContaining({ name: "ODbL-1.0", path: expect.stringContaining("opendatacommons.org") }),
    ]);
    expect(dp.sources).toContainEqual(
      expect.objectContaining({ title: "OpenStreetMap", attribution: "© OpenStreetMap contributors", listings: 1 }),
    );
    const loc = table("location").find((l) => l.id === made.formula.id)!;
    expect(loc).toMatchObject({
      external_identifier: made.osmKey.replace("osm:", ""),
      external_identifier_type: "OSM",
    });
  });

  it("has the facility made here with its address, hours, services and their terms, and not the closed one", () => {
    const locations = table("location");
    expect(locations).toHaveLength(listed);
    expect(locations.map((l) => l.id)).not.toContain(made.closed.id);
    expect(locations.find((l) => l.id === made.buurthuis.id)).toMatchObject({
      name: "Buurthuis De Botter",
      location_type: "physical",
      organization_id: made.org.id,
    });
    expect(table("address").find((a) => a.location_id === made.buurthuis.id)).toMatchObject({
      id: derivedId("address", made.buurthuis.id),
      city: "Kampen",
      region: "Kampen",
      state_province: "Overijssel",
      country: "NL",
      address_type: "physical",
    });
    const hours = table("schedule").filter((s) => s.location_id === made.buurthuis.id);
    expect(hours.map((s) => [s.freq, s.byday, s.opens_at, s.closes_at])).toEqual([
      ["WEEKLY", "MO,TU,WE,TH,FR", "09:00", "17:00"],
      ["WEEKLY", "SA", "10:00", "12:00"],
    ]);
    expect(hours.every((s) => s.notes === "Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off")).toBe(true);
    const links = table("service_at_location").filter((s) => s.service_id === made.service.id);
    expect(links.map((s) => s.location_id)).toEqual([made.buurthuis.id]);
    expect(table("service").find((s) => s.id === made.service.id)).toMatchObject({
      name: "Spreekuur geldzaken",
      organization_id: made.org.id,
      status: "active",
    });
    const terms = table("attribute").filter((a) => a.link_id === made.service.id);
    expect(terms.map((a) => a.taxonomy_term_id).sort()).toEqual(
      [termId("ouderen"), termId("schuldhulp"), termId("voedselhulp")].sort(),
    );
    expect(terms.find((a) => a.taxonomy_term_id === termId("ouderen"))?.link_type).toBe("audience");
    expect(table("taxonomy_term").map((t) => t.id)).toContain(termId("schuldhulp"));
  });

  it("keeps every reference inside the package", () => {
    const idsOf = (name: string) => new Set(table(name).map((r) => r.id));
    const [orgs, services, locations, sals, terms] = [
      "organization",
      "service",
      "location",
      "service_at_location",
      "taxonomy_term",
    ].map(idsOf);
    for (const s of table("service")) expect(orgs!.has(s.organization_id!)).toBe(true);
    for (const l of table("service_at_location")) {
      expect(services!.has(l.service_id!)).toBe(true);
      expect(locations!.has(l.location_id!)).toBe(true);
    }
    for (const a of table("address")) expect(locations!.has(a.location_id!)).toBe(true);
    for (const s of table("schedule"))
      expect(s.location_id ? locations!.has(s.location_id) : sals!.has(s.service_at_location_id!)).toBe(true);
    for (const a of table("attribute")) expect(terms!.has(a.taxonomy_term_id!)).toBe(true);
    for (const name of TABLES.map((t) => t.name)) expect(idsOf(name).size, name).toBe(table(name).length);
  });

  it("defuses formulas but keeps phone numbers as they are", () => {
    const loc = table("location").find((l) => l.id === made.formula.id)!;
    expect(loc.name).toBe(`'=HYPERLINK("https://evil.example","klik")`);
    expect(loc.description).toBe("'@SUM(A1:A9)");
    expect(table("phone").find((p) => p.location_id === made.formula.id)?.number).toBe("+31 38 123 4567");
  });
});
