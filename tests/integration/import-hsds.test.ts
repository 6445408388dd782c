import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { runImport, type ImportOptions } from "@/lib/server/import/run-import";
import { removeMapping, setMapping } from "@/lib/server/taxonomy/taxonomy-mapping";

import { createPerson, withScratchWorld } from "../factories";

// Issue 15 §4: Open Referral HSDS — 3.0 JSON (nested records, the API's paged lists) and the tabular data package in
// 3.0 and 1.1 column names. References are checked before anything is written; schedules become opening_hours;
// taxonomy terms map onto ours through the mapping table. Zwolle data, not the demo's.

const world = withScratchWorld("import-hsds", { asAppDatabase: true });
const dir = mkdtempSync(join(tmpdir(), "bw-hsds-"));
const actor = { id: null, label: "test-hsds" };
const run = (o: Partial<ImportOptions> & { file: string }) => runImport({ dryRun: false, actor, db: world.db, ...o });
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

const ORG = "4b1f0c52-0000-4000-8000-000000000001";
const SERVICE = "4b1f0c52-0000-4000-8000-000000000002";
const LOCATION = "4b1f0c52-0000-4000-8000-000000000003";
const SAL = "4b1f0c52-0000-4000-8000-000000000004";
const serviceFull = (extra: Record<string, unknown> = {}) => ({
  id: SERVICE,
  name: "Geldzaken Spreekuur",
  description: "Hulp bij rekeningen en schulden.",
  email: "geld@stipzwolle.example",
  languages: [{ code: "nl" }, { code: "ar" }],
  organization: {
    id: ORG,
    name: "Stip Zwolle",
    description: "Welzijnswerk in Zwolle",
    website: "https://stip.example",
  },
  attributes: [
    { taxonomy_term: { id: "t-1", code: "FIN-01", name: "Financial counselling" } },
    { taxonomy_term: { id: "t-2", code: "X", name: "Onbekende term" } },
  ],
  service_at_locations: [
    {
      id: SAL,
      schedules: [{ freq: "WEEKLY", byday: "TU,TH", opens_at: "13:00:00", closes_at: "16:00:00" }],
      location: {
        id: LOCATION,
        name: "Wijkcentrum De Enk",
        latitude: 52.5125,
        longitude: 6.0736,
        addresses: [
          {
            address_1: "Enkstraat 45",
            city: "Zwolle",
            postal_code: "8012 TR",
            country: "NL",
            address_type: "physical",
          },
        ],
        phones: [{ number: "038 1234567" }],
        schedules: [{ freq: "WEEKLY", byday: "MO,TU,WE,TH,FR", opens_at: "09:00", closes_at: "17:00" }],
      },
    },
  ],
  ...extra,
});

beforeAll(async () => {
  const moderator = await createPerson(world.db, { role: "moderator" });
  await setMapping(moderator, { term: "FIN-01", code: "schuldhulp" }, world.db); // stored lower case
});

describe("the mapping table", () => {
  it("moderators only, our codes only, every change an audit line", async () => {
    const someone = await createPerson(world.db);
    await expect(setMapping(someone, { term: "x", code: "inloop" }, world.db)).rejects.toMatchObject({
      code: "forbidden",
    });
    const moderator = await createPerson(world.db, { role: "moderator" });
    await expect(setMapping(moderator, { term: "x", code: "no-such-code" }, world.db)).rejects.toMatchObject({
      field: "mapping",
    });
    await setMapping(moderator, { term: "Drop-in Centre", code: "inloop" }, world.db);
    expect(await world.db.taxonomyMapping.findUnique({ where: { term: "drop-in centre" } })).toMatchObject({
      code: "inloop",
    });
    await removeMapping(moderator, "drop-in centre", world.db);
    expect(await world.db.auditEvent.count({ where: { action: { in: ["taxonomy.map", "taxonomy.unmap"] } } })).toBe(3);
  });
});

describe("HSDS 3.0 JSON", () => {
  it("imports organization → service → service_at_location → location with schedules, phones and mapped terms", async () => {
    const r = await run({ file: write("service.json", serviceFull()) });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ format: "hsds", new: 3, written: true });
    expect(r.warnings.map((w) => w.message.en).join()).toMatch(/Term 'Onbekende term' is not mapped/);
    const f = await world.db.facility.findFirstOrThrow({ where: { name: "Wijkcentrum De Enk" } });
    expect(f).toMatchObject({
      street: "Enkstraat",
      houseNumber: "45",
      postcode: "8012 TR",
      openingHours: "Mo-Fr 09:00-17:00",
      phone: "038 1234567",
    });
    const org = await world.db.organization.findFirstOrThrow({ where: { name: "Stip Zwolle" } });
    expect(f.operatorId).toBe(org.id);
    const s = await world.db.service.findFirstOrThrow({
      where: { name: "Geldzaken Spreekuur" },
      include: { terms: true, locations: true },
    });
    expect(s.organizationId).toBe(org.id);
    expect(s.languages.sort()).toEqual(["ar", "nl"]);
    expect(s.terms.map((t) => t.termCode)).toEqual(["schuldhulp"]);
    expect(s.locations).toMatchObject([{ facilityId: f.id, openingHours: "Tu,Th 13:00-16:00" }]);
    expect(
      await world.db.externalRef.count({
        where: { key: { in: [`hsds:${ORG}`, `hsds:${SERVICE}`, `hsds:${LOCATION}`] } },
      }),
    ).toBe(3);
  });

  it("the API's paged list of the same records again: unchanged, nothing written; a changed description changes the service only", async () => {
    const before = await world.db.revision.count();
    const page = {
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [serviceFull()],
    };
    const r = await run({ file: write("page.json", page) });
    expect(r).toMatchObject({ new: 0, changed: 0, unchanged: 3, written: false });
    expect(await world.db.revision.count()).toBe(before);
    const r2 = await run({
      file: write("page2.json", { ...page, contents: [serviceFull({ description: "Hulp bij geldzaken." })] }),
    });
    expect(r2).toMatchObject({ new: 0, changed: 1, unchanged: 2 });
    expect(await world.db.revision.count()).toBe(before + 1);
  });

  it("a reference to a record the file does not hold: an error, and nothing is written", async () => {
    const before = await world.db.revision.count();
    const broken = {
      id: "4b1f0c52-0000-4000-8000-0000000000ff",
      name: "Los",
      organization_id: "4b1f0c52-0000-4000-8000-00000000dead",
      service_at_locations: [],
    };
    const r = await run({ file: write("broken.json", [broken]) });
    expect(r.errors).toMatchObject([
      { record: "service 4b1f0c52-0000-4000-8000-0000000000ff", field: "organization_id" },
    ]);
    expect(r.written).toBe(false);
    expect(await world.db.revision.count()).toBe(before);
  });
});

describe("HSDS tabular data package", () => {
  const pkg = (name: string, files: Record<string, string>) => {
    const d = join(dir, name);
    mkdirSync(d);
    writeFileSync(
      join(d, "datapackage.json"),
      JSON.stringify({ name, resources: Object.keys(files).map((f) => ({ path: f })) }),
    );
    for (const [f, csv] of Object.entries(files)) writeFileSync(join(d, f), csv);
    return d;
  };

  it("reads 3.0 column names (attributes link terms) and 1.1 names (regular_schedules, services_taxonomy)", async () => {
    const v3 = pkg("v3", {
      "organizations.csv":
        "id,name,description,email,website\no-3,Travers Welzijn,,info@travers.example,https://travers.example\n",
      "locations.csv": "id,organization_id,name,latitude,longitude\nl-3,o-3,Buurthuis Holtenbroek,52.5301,6.0952\n",
      "addresses.csv":
        "id,location_id,address_1,city,postal_code,country,address_type\na-3,l-3,Dobbe 72,Zwolle,8032 JX,NL,physical\n",
      "services.csv": "id,organization_id,name,description\ns-3,o-3,Taalcafé Holtenbroek,Samen Nederlands oefenen\n",
      "service_at_locations.csv": "id,service_id,location_id\nsal-3,s-3,l-3\n",
      "schedules.csv":
        'id,service_id,location_id,service_at_location_id,freq,byday,opens_at,closes_at\nsc-3,,l-3,,WEEKLY,"MO,WE",10:00,12:00\n',
      "taxonomy_terms.csv": "id,code,name\ntt-3,taal-en-digitaal,Taal- en digihulp\n",
      "attributes.csv": "id,link_id,taxonomy_term_id,link_type,link_entity,value\nat-3,s-3,tt-3,,service,\n",
    });
    const r = await run({ file: join(v3, "datapackage.json") });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ new: 3 });
    const f = await world.db.facility.findFirstOrThrow({ where: { name: "Buurthuis Holtenbroek" } });
    expect(f).toMatchObject({ street: "Dobbe", houseNumber: "72", openingHours: "Mo,We 10:00-12:00" });
    const s = await world.db.service.findFirstOrThrow({
      where: { name: "Taalcafé Holtenbroek" },
      include: { terms: true },
    });
    expect(s.terms.map((t) => t.termCode)).toEqual(["taal-en-digitaal"]);

    const v11 = pkg("v11", {
      "organizations.csv": "id,name,description,email,url\no-11,Buurtwerk Stadshagen,,,\n",
      "locations.csv": "id,organization_id,name,latitude,longitude\nl-11,o-11,Buurtkamer Stadshagen,52.5290,6.0493\n",
      "physical_addresses.csv":
        "id,location_id,address_1,city,postal_code,country\npa-11,l-11,Stadshagenallee 4,Zwolle,8043 AA,NL\n",
      "services.csv": "id,organization_id,name,description\ns-11,o-11,Inloop Stadshagen,\n",
      "services_at_location.csv": "id,service_id,location_id,description\nsal-11,s-11,l-11,\n",
      "regular_schedules.csv":
        "id,service_id,location_id,service_at_location_id,weekday,opens_at,closes_at\nrs-1,s-11,l-11,sal-11,3,09:30:00,11:30:00\n",
      "taxonomy.csv": "id,name,parent_id,parent_name,vocabulary\ntx-11,Inloop,,,\n",
      "services_taxonomy.csv": "id,service_id,taxonomy_id,taxonomy_detail\nst-11,s-11,tx-11,\n",
    });
    const r11 = await run({ file: v11 });
    expect(r11.errors).toEqual([]);
    const s11 = await world.db.service.findFirstOrThrow({
      where: { name: "Inloop Stadshagen" },
      include: { terms: true, locations: true },
    });
    expect(s11.terms.map((t) => t.termCode)).toEqual(["inloop"]);
    expect(s11.locations[0]!.openingHours).toBe("We 09:30-11:30");
  });

  it("a table row naming a location the package does not hold: an error, nothing written", async () => {
    const bad = pkg("bad", {
      "organizations.csv": "id,name\no-b,Org B\n",
      "services.csv": "id,organization_id,name\ns-b,o-b,Dienst B\n",
      "service_at_locations.csv": "id,service_id,location_id\nsal-b,s-b,l-missing\n",
    });
    const r = await run({ file: bad });
    expect(r.errors).toMatchObject([{ record: "service_at_location sal-b", field: "location_id" }]);
    expect(await world.db.organization.count({ where: { name: "Org B" } })).toBe(0);
  });
});
