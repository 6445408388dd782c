import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import addFormats from "ajv-formats";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as openapiDoc } from "@/app/api/hsds/openapi.json/route";
import { GET as orgDetail } from "@/app/api/hsds/organizations/[id]/route";
import { GET as orgList } from "@/app/api/hsds/organizations/route";
import { GET as root } from "@/app/api/hsds/route";
import { GET as salDetail } from "@/app/api/hsds/service_at_locations/[id]/route";
import { GET as salList } from "@/app/api/hsds/service_at_locations/route";
import { GET as serviceDetail } from "@/app/api/hsds/services/[id]/route";
import { GET as serviceList } from "@/app/api/hsds/services/route";
import { GET as taxonomyDetail } from "@/app/api/hsds/taxonomies/[id]/route";
import { GET as taxonomyList } from "@/app/api/hsds/taxonomies/route";
import { GET as termDetail } from "@/app/api/hsds/taxonomy_terms/[id]/route";
import { GET as termList } from "@/app/api/hsds/taxonomy_terms/route";
import { termId } from "@/lib/hsds/ids";

import { createFacility, createOrganization, createService, offerServiceAt, withScratchWorld } from "../factories";

// Issue 15, the HSDS 3.0 API. Every answer is checked against Open Referral's own JSON Schemas (the copy of
// openreferral/specification 3.0 in ../shared beside the repository) with ajv, the way the Open Referral UK validator
// checks a feed: each list endpoint, then every id it returned at its detail endpoint, then the first, a middle and
// the last page. The rows are this file's own, in a database of its own.

const SPEC = fileURLToPath(new URL("../../../shared/data/hsds/openreferral-specification-v3/", import.meta.url));
if (!existsSync(SPEC))
  throw new Error(`The HSDS 3.0 specification is not at ${SPEC}: these tests need ../shared beside the repository.`);
// openapi.json names the schemas by these URLs; served from the local copy.
const BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
const readJson = (p: string): Record<string, unknown> => JSON.parse(readFileSync(join(SPEC, p), "utf8"));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const dir of ["schema", "schema/compiled"])
  for (const f of readdirSync(join(SPEC, dir)).filter((n) => n.endsWith(".json") && n !== "openapi.json"))
    ajv.addSchema(readJson(`${dir}/${f}`), `${BASE}${dir.slice("schema/".length)}${dir === "schema" ? "" : "/"}${f}`);

type OpenApi = {
  paths: Record<string, { get: { responses: { 200: { content: { "application/json": { schema: object } } } } } }>;
  components: { schemas: { Page: object } };
};
const openapi = readJson("schema/openapi.json") as unknown as OpenApi;
// The spec's list answers: Page (all of its fields, which every answer carries) with `contents` of the list schema.
const page = {
  ...openapi.components.schemas.Page,
  required: Object.keys((openapi.components.schemas.Page as { properties: object }).properties),
};
const fromOpenApi = (path: string): ValidateFunction => {
  const schema = JSON.parse(
    JSON.stringify(openapi.paths[path]!.get.responses[200].content["application/json"].schema).replaceAll(
      '"#/components/schemas/Page"',
      JSON.stringify("#/$defs/Page"),
    ),
  );
  return ajv.compile(path === "/" ? schema : { ...schema, $defs: { Page: page }, required: ["contents"] });
};
const schema = (name: string) => ajv.getSchema(`${BASE}${name}`)!;

// openapi.json's detail answers name compiled/service.json and compiled/organization.json, which 3.0 does not ship:
// the compiled service is service_with_definitions.json; an organisation and a service_at_location are checked with
// their modular schemas, and what they nest with the compiled ones.
const VALIDATE = {
  root: fromOpenApi("/"),
  services: fromOpenApi("/services"),
  service_at_locations: fromOpenApi("/service_at_locations"),
  organizations: fromOpenApi("/organizations"),
  taxonomies: fromOpenApi("/taxonomies"),
  taxonomy_terms: fromOpenApi("/taxonomy_terms"),
  service: schema("compiled/service_with_definitions.json"),
  serviceListItem: schema("compiled/service_list.json"),
  serviceAtLocation: schema("service_at_location.json"),
  organization: schema("organization.json"),
  taxonomy: schema("taxonomy.json"),
  taxonomyTerm: schema("taxonomy_term.json"),
};

function expectValid(v: ValidateFunction, data: unknown, what: string): void {
  const ok = v(data);
  expect(
    ok ? [] : (v.errors ?? []).map((e) => `${what}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`),
  ).toEqual([]);
}

// ——— calling the route handlers ———

type Handler = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
const LISTS: Record<string, Handler> = {
  services: serviceList,
  service_at_locations: salList,
  organizations: orgList,
  taxonomies: taxonomyList,
  taxonomy_terms: termList,
};
const DETAILS: Record<string, Handler> = {
  services: serviceDetail,
  service_at_locations: salDetail,
  organizations: orgDetail,
  taxonomies: taxonomyDetail,
  taxonomy_terms: termDetail,
};
type Answer = { status: number; type: string; headers: Headers; text: string; body: unknown };

async function get(path: string): Promise<Answer> {
  const url = new URL(path, "http://localhost");
  const [, api, hsds, list, id, extra] = url.pathname.split("/");
  if (api !== "api" || hsds !== "hsds" || extra !== undefined) throw new Error(`no route for ${path}`);
  const handler = list === undefined ? root : id === undefined ? LISTS[list] : DETAILS[list];
  if (!handler) throw new Error(`no route for ${path}`);
  const res = await (handler as Handler)(new Request(url), { params: Promise.resolve({ id: id ?? "" }) });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return {
    status: res.status,
    type,
    headers: res.headers,
    text,
    body: type.includes("json") && !type.includes("ndjson") ? JSON.parse(text) : null,
  };
}

type Page = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: { id: string; [k: string]: unknown }[];
};
type Problem = { status: number; title: string; detail: string; errors?: { parameter: string; detail: string }[] };

const listPage = async (path: string): Promise<Page> => {
  const res = await get(path);
  expect(res.status, `${path}: ${res.text.slice(0, 300)}`).toBe(200);
  return res.body as Page;
};
const ids = (p: Page) => p.contents.map((c) => c.id);

// ——— the world: two organisations, facilities in Deventer and Zwolle, services with terms ———

const w = withScratchWorld("hsds", { asAppDatabase: true });
const made = {} as {
  welzijn: { id: string };
  taalhuis: { id: string };
  other: { id: string };
  near: { id: string };
  mid: { id: string };
  far: { id: string };
  closed: { id: string };
  services: { id: string }[];
  taalcafe: { id: string };
  schuld: { id: string };
  areaOnly: { id: string };
};

beforeAll(async () => {
  const db = w.db;
  const welzijn = await createOrganization(db, { name: "Welzijn Salland" });
  await db.organization.update({
    where: { id: welzijn.id },
    data: { kvkNumber: "41234567", phone: "0570 123 456", website: "https://welzijn-salland.example.nl" },
  });
  const taalhuis = await createOrganization(db, { name: "Taalhuis IJssel" });
  // Works only in Zwolle: a postcode search in Deventer leaves its services out.
  const other = await createOrganization(db, { name: "Zwols Buurtwerk", serviceArea: ["GM0193"] });
  // Facilities at known distances from the centre of PC4 7411 (Deventer).
  const near = await createFacility(db, {
    pc4: "7411",
    offsetM: { east: 150, north: 0 },
    operatorId: welzijn.id,
    openingHours: "Mo-Fr 09:00-17:00; Sa 10:00-12:00",
  });
  const mid = await createFacility(db, {
    pc4: "7411",
    offsetM: { east: 0, north: 900 },
    operatorId: welzijn.id,
    openingHours: "Tu,Th 09:30-12:00; PH off",
  });
  const far = await createFacility(db, {
    pc4: "7411",
    offsetM: { east: -3500, north: 0 },
    operatorId: taalhuis.id,
    openingHours: "Mo-Fr 08:00-12:00; week 1-26 Sa 10:00-12:00",
  });
  const closed = await createFacility(db, {
    pc4: "7411",
    offsetM: { east: 50, north: 0 },
    operatorId: welzijn.id,
    status: "closed",
  });
  const zwolle = await createFacility(db, { pc4: "8011", operatorId: other.id, openingHours: null });
  await db.$executeRaw`INSERT INTO external_ref (key, entity_type, entity_id, source, licence, attribution)
    VALUES (${`osm:node/${Date.now()}`}, 'facility', ${far.id}::uuid, 'osm', 'ODbL-1.0', '© OpenStreetMap contributors')`;
  await db.facility.update({ where: { id: near.id }, data: { bagId: "0150010000012345" } });

  const services = [];
  const schuld = await createService(db, {
    organizationId: welzijn.id,
    terms: ["schuldhulp", "ouderen"],
    name: "Geldzaken op orde",
    at: [near.id, mid.id, closed.id],
  });
  services.push(schuld);
  const taalcafe = await createService(db, {
    organizationId: taalhuis.id,
    terms: ["taal-en-digitaal"],
    name: "Taalcafé Zuidwijk",
    languages: ["nl", "ar", "uk"],
    at: [far.id],
  });
  await offerServiceAt(db, taalcafe.id, near.id, { openingHours: "We 19:00-21:00", note: "In de bibliotheekzaal" });
  services.push(taalcafe);
  const areaOnly = await createService(db, {
    organizationId: other.id,
    terms: ["buurtwerk"],
    name: "Buurtkamer Zwolle",
    at: [zwolle.id, mid.id],
  });
  services.push(areaOnly);
  for (let i = 0; i < 5; i++)
    services.push(
      await createService(db, {
        organizationId: welzijn.id,
        terms: ["inloop"],
        name: `Inloop ${i}`,
        at: [near.id, far.id],
      }),
    );
  services.push(
    await createService(db, { organizationId: taalhuis.id, terms: ["taal-en-digitaal"], name: "Taalles zonder plek" }),
  );
  Object.assign(made, { welzijn, taalhuis, other, near, mid, far, closed, services, taalcafe, schuld, areaOnly });
});

// ——— validation, the way a harvester sees the feed ———

describe("the feed validates against the HSDS 3.0 schemas", () => {
  it("answers GET /api/hsds with the version, a profile and its OpenAPI", async () => {
    const res = await get("/api/hsds");
    expect(res.status).toBe(200);
    expectValid(VALIDATE.root, res.body, "/");
    expect(res.body).toMatchObject({
      version: "3.0",
      openapi_url: expect.stringMatching(/\/api\/hsds\/openapi\.json$/),
    });
    expect((await get("/api/hsds?x=1")).status).toBe(400);
  });

  it("describes itself in an OpenAPI 3.1 document with the spec's paths and the parameters each takes", async () => {
    const doc = (await openapiDoc().json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(openapi.paths).sort());
    const names = (path: string) => doc.paths[path]!.get.parameters.map((p) => p.name);
    expect(names("/services")).toEqual(
      expect.arrayContaining([
        "page",
        "per_page",
        "format",
        "search",
        "taxonomy_term_id",
        "organization_id",
        "modified_after",
      ]),
    );
    expect(names("/service_at_locations")).toEqual(expect.arrayContaining(["postcode", "proximity"]));
    expect(names("/services/{id}")).toEqual(["id"]);
  });

  const collections = [
    ["services", "service"],
    ["service_at_locations", "serviceAtLocation"],
    ["organizations", "organization"],
    ["taxonomies", "taxonomy"],
    ["taxonomy_terms", "taxonomyTerm"],
  ] as const;

  it.each(collections)("/%s: the list, then each item's detail", async (list, detail) => {
    const p = await listPage(`/api/hsds/${list}?per_page=500`);
    expectValid(VALIDATE[list], p, `/${list}`);
    expect(p.total_items).toBeGreaterThan(0);
    expect(p.contents).toHaveLength(p.total_items);
    for (const id of ids(p)) {
      const res = await get(`/api/hsds/${list}/${id}`);
      expect(res.status, `/${list}/${id}`).toBe(200);
      expectValid(VALIDATE[detail], res.body, `/${list}/${id}`);
      expect((res.body as { id: string }).id).toBe(id);
      if (list === "service_at_locations")
        expectValid(VALIDATE.service, (res.body as { service: unknown }).service, `/${list}/${id} service`);
      if (list === "organizations")
        for (const s of (res.body as { services: unknown[] }).services)
          expectValid(VALIDATE.serviceListItem, s, `/${list}/${id} services[]`);
    }
    const res = await get(`/api/hsds/${list}`);
    expect(res.headers.get("cache-control")).toMatch(/public.*max-age=\d+/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it.each([
    ["services", 3],
    ["service_at_locations", 4],
    ["organizations", 1],
    ["taxonomy_terms", 10],
  ] as const)("/%s: first, middle and last page at per_page=%i, without repeats or gaps", async (list, perPage) => {
    const all = await listPage(`/api/hsds/${list}?per_page=500`);
    const first = await listPage(`/api/hsds/${list}?per_page=${perPage}`);
    expect(first.total_pages).toBeGreaterThanOrEqual(3);
    expect(first).toMatchObject({
      page_number: 1,
      first_page: true,
      last_page: false,
      size: perPage,
      total_items: all.total_items,
    });
    const pages = [first];
    for (let n = 2; n <= first.total_pages; n++)
      pages.push(await listPage(`/api/hsds/${list}?per_page=${perPage}&page=${n}`));
    const middle = pages[Math.floor(pages.length / 2)]!;
    const last = pages.at(-1)!;
    for (const p of [first, middle, last]) expectValid(VALIDATE[list], p, `/${list} page ${p.page_number}`);
    expect(middle).toMatchObject({ first_page: false, last_page: false, empty: false });
    expect(last).toMatchObject({ last_page: true, page_number: first.total_pages });
    expect(last.size).toBe(all.total_items - perPage * (first.total_pages - 1));
    expect(pages.flatMap(ids)).toEqual(ids(all));
    const beyond = await listPage(`/api/hsds/${list}?per_page=${perPage}&page=${first.total_pages + 1}`);
    expect(beyond).toMatchObject({ empty: true, size: 0, last_page: true, total_items: all.total_items });
  });
});

// ——— what the objects say ———

describe("the mapping", () => {
  it("a service nests its organisation, its places with their locations and schedules, its terms and languages", async () => {
    const s = (await get(`/api/hsds/services/${made.taalcafe.id}`)).body as {
      organization: { id: string; name: string };
      languages: { code: string; name?: string }[];
      attributes: { taxonomy_term_id: string; link_type: string; taxonomy_term: { code: string } }[];
      service_at_locations: {
        location_id: string;
        description?: string;
        schedules: { byday?: string }[];
        location: {
          name: string;
          schedules: { byday?: string; notes?: string }[];
          addresses: { postal_code: string; country: string; city: string }[];
          metadata: { updated_by: string; replacement_value: string }[];
          external_identifier?: string;
          external_identifier_type?: string;
        };
      }[];
    };
    expect(s.organization).toMatchObject({ id: made.taalhuis.id, name: "Taalhuis IJssel" });
    expect(s.languages.map((l) => l.code)).toEqual(["nl", "ar", "uk"]);
    expect(s.languages[1]?.name).toBe("Arabisch");
    expect(s.attributes).toEqual([
      expect.objectContaining({
        taxonomy_term_id: termId("taal-en-digitaal"),
        link_type: "service",
        taxonomy_term: expect.objectContaining({ code: "taal-en-digitaal" }),
      }),
    ]);
    const here = s.service_at_locations.find((x) => x.location_id === made.near.id)!;
    expect(here.description).toBe("In de bibliotheekzaal");
    expect(here.schedules).toEqual([expect.objectContaining({ byday: "WE", opens_at: "19:00", closes_at: "21:00" })]);
    expect(here.location.schedules).toEqual([
      expect.objectContaining({ freq: "WEEKLY", byday: "MO,TU,WE,TH,FR", opens_at: "09:00", closes_at: "17:00" }),
      expect.objectContaining({ byday: "SA", opens_at: "10:00", closes_at: "12:00" }),
    ]);
    expect(here.location.addresses[0]).toMatchObject({
      postal_code: expect.stringMatching(/^7411 /),
      country: "NL",
      city: "Deventer",
    });
    expect(here.location).toMatchObject({ external_identifier: "0150010000012345", external_identifier_type: "BAG" });
    const there = s.service_at_locations.find((x) => x.location_id === made.far.id)!;
    expect(there.location.schedules).toEqual([
      expect.objectContaining({ notes: "Mo-Fr 08:00-12:00; week 1-26 Sa 10:00-12:00" }),
    ]);
    expect(there.location.metadata[0]?.updated_by).toBe("© OpenStreetMap contributors (ODbL-1.0)");
    expect(there.location.external_identifier_type).toBe("OSM");
  });

  it("leaves out facilities closed for good, everywhere", async () => {
    const s = (await get(`/api/hsds/services/${made.schuld.id}`)).body as {
      service_at_locations: { location_id: string }[];
    };
    expect(s.service_at_locations.map((x) => x.location_id).sort()).toEqual([made.near.id, made.mid.id].sort());
    const all = await listPage("/api/hsds/service_at_locations?per_page=500");
    expect(all.contents.map((x) => x.location_id)).not.toContain(made.closed.id);
    const org = (await get(`/api/hsds/organizations/${made.welzijn.id}`)).body as {
      locations: { id: string }[];
      organization_identifiers: { identifier: string }[];
    };
    expect(org.locations.map((l) => l.id).sort()).toEqual([made.near.id, made.mid.id].sort());
    expect(org.organization_identifiers).toEqual([
      expect.objectContaining({ identifier_scheme: "NL-KVK", identifier: "41234567" }),
    ]);
  });

  it("with full_service=true nests each service of an organisation fully", async () => {
    const org = (await get(`/api/hsds/organizations/${made.taalhuis.id}?full_service=true`)).body as {
      services: unknown[];
    };
    expect(org.services).toHaveLength(2);
    for (const s of org.services) expectValid(VALIDATE.service, s, "full_service");
    expect(org.services.some((s) => (s as { service_at_locations: unknown[] }).service_at_locations.length > 0)).toBe(
      true,
    );
  });
});

// ——— filters ———

describe("filters", () => {
  it("search, taxonomy_term_id, taxonomy_id and organization_id", async () => {
    expect(ids(await listPage("/api/hsds/services?search=zuidwijk"))).toEqual([made.taalcafe.id]);
    const schuld = await listPage(`/api/hsds/services?taxonomy_term_id=${termId("schuldhulp")}`);
    expect(ids(schuld)).toEqual([made.schuld.id]);
    expect((await listPage(`/api/hsds/services?taxonomy_term_id=${termId("ouderen")}`)).total_items).toBe(1);
    expect((await listPage(`/api/hsds/services?taxonomy_term_id=${termId("bestaat-niet")}`)).empty).toBe(true);
    const taxonomy = (await listPage("/api/hsds/taxonomies")).contents[0]!.id;
    expect((await listPage(`/api/hsds/services?taxonomy_id=${taxonomy}`)).total_items).toBe(made.services.length);
    expect((await listPage(`/api/hsds/taxonomy_terms?taxonomy_id=${taxonomy}`)).total_items).toBeGreaterThan(20);
    expect((await listPage(`/api/hsds/taxonomy_terms?taxonomy_id=${made.other.id}`)).empty).toBe(true);
    const taalhuis = await listPage(`/api/hsds/services?organization_id=${made.taalhuis.id}`);
    expect(taalhuis.total_items).toBe(2);
    expect(taalhuis.contents.every((s) => s.organization_id === made.taalhuis.id)).toBe(true);
    const sals = await listPage(
      `/api/hsds/service_at_locations?organization_id=${made.taalhuis.id}&taxonomy_term_id=${termId("taal-en-digitaal")}`,
    );
    expect(sals.contents.map((x) => x.location_id).sort()).toEqual([made.near.id, made.far.id].sort());
    expect(ids(await listPage("/api/hsds/organizations?search=salland"))).toEqual([made.welzijn.id]);
    expect((await listPage("/api/hsds/taxonomy_terms?search=schuld")).contents.map((t) => t.code)).toEqual([
      "schuldhulp",
    ]);
  });

  it("modified_after: what changed at or after that moment, the service's places and organisation included", async () => {
    const [clock] = await w.db.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
    const now = clock!.now;
    const since = encodeURIComponent(now.toISOString());
    expect((await listPage(`/api/hsds/services?modified_after=${since}`)).empty).toBe(true);
    await w.db
      .$executeRaw`UPDATE service SET description = 'Nieuw', updated_at = clock_timestamp() WHERE id = ${made.taalcafe.id}::uuid`;
    await w.db
      .$executeRaw`UPDATE facility SET name = 'Buurthuis De Kroon', updated_at = clock_timestamp() WHERE id = ${made.mid.id}::uuid`;
    await w.db.$executeRaw`SELECT bump_cache_generation()`;
    const changed = await listPage(`/api/hsds/services?modified_after=${since}`);
    // taalcafé itself; schuldhulp and the Zwolle service are offered at the renamed facility
    expect(ids(changed).sort()).toEqual([made.taalcafe.id, made.schuld.id, made.areaOnly.id].sort());
    for (const s of changed.contents)
      expect(Date.parse(s.last_modified as string)).toBeGreaterThanOrEqual(now.getTime());
    const sals = await listPage(`/api/hsds/service_at_locations?modified_after=${since}`);
    expect(
      new Set(sals.contents.map((x) => x.location_id === made.mid.id || x.service_id === made.taalcafe.id)),
    ).toEqual(new Set([true]));
    expect((await listPage(`/api/hsds/organizations?modified_after=${since}`)).empty).toBe(true);
    expect((await listPage("/api/hsds/services?modified_after=2000-01-01")).total_items).toBe(made.services.length);
  });

  it("postcode: nearest to the postcode's centre first, only organisations that work there; proximity in metres", async () => {
    const all = await listPage("/api/hsds/service_at_locations?postcode=7411&per_page=500");
    const places = all.contents.map((x) => (x.location as { id: string }).id);
    const firstAt = (id: string) => places.indexOf(id);
    expect(firstAt(made.near.id)).toBe(0);
    expect(firstAt(made.near.id)).toBeLessThan(firstAt(made.mid.id));
    expect(firstAt(made.mid.id)).toBeLessThan(firstAt(made.far.id));
    // Zwols Buurtwerk works in Zwolle only: not offered to a Deventer postcode, not even at the facility nearby.
    expect(all.contents.map((x) => x.service_id)).not.toContain(made.areaOnly.id);
    const within = await listPage("/api/hsds/service_at_locations?postcode=7411%20AB&proximity=1000&per_page=500");
    expect(new Set(within.contents.map((x) => (x.location as { id: string }).id))).toEqual(
      new Set([made.near.id, made.mid.id]),
    );
    expect(within.total_items).toBe(within.contents.length);
    const zwolle = await listPage("/api/hsds/service_at_locations?postcode=8011&proximity=2000");
    expect(zwolle.contents.map((x) => x.service_id)).toEqual([made.areaOnly.id]);
  });
});

// ——— errors and ndjson ———

describe("errors", () => {
  it.each([
    ["services?page=0", "page"],
    ["services?page=abc", "page"],
    ["services?per_page=501", "per_page"],
    ["services?per_page=10&per_page=20", "per_page"],
    ["services?modified_after=yesterday", "modified_after"],
    ["services?taxonomy_term_id=schuldhulp", "taxonomy_term_id"],
    ["services?organization_id=1", "organization_id"],
    ["services?format=xml", "format"],
    ["services?full=yes", "full"],
    ["services?colour=red", "colour"],
    ["service_at_locations?proximity=500", "proximity"],
    ["service_at_locations?postcode=ABCD", "postcode"],
    ["service_at_locations?postcode=7411&proximity=100001", "proximity"],
    ["organizations?search=x", "search"],
    ["taxonomy_terms?per_page=0", "per_page"],
    ["services/not-a-uuid", "id"],
  ])("answers 400 problem+json for %s", async (qs, parameter) => {
    const res = await get(`/api/hsds/${qs}`);
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/application\/problem\+json/);
    const p = res.body as Problem;
    expect(p.errors?.map((e) => e.parameter)).toContain(parameter);
    expect(p.errors?.every((e) => e.detail.length > 5)).toBe(true);
  });

  it("names every bad parameter at once, and an unknown postcode", async () => {
    const p = (await get("/api/hsds/services?page=0&per_page=0&x=1")).body as Problem;
    expect(p.errors?.map((e) => e.parameter).sort()).toEqual(["page", "per_page", "x"]);
    expect(p.errors?.find((e) => e.parameter === "x")?.detail).toMatch(/per_page/);
    const unknown = await get("/api/hsds/service_at_locations?postcode=1000");
    expect(unknown.status).toBe(400);
    expect((unknown.body as Problem).detail).toMatch(/We do not know postcode 1000/);
  });

  it.each(["services", "service_at_locations", "organizations", "taxonomies", "taxonomy_terms"])(
    "answers 404 problem+json for an unknown id at /%s/{id}",
    async (list) => {
      const res = await get(`/api/hsds/${list}/7c9e6679-7425-40de-944b-e07fc1f90ae7`);
      expect(res.status).toBe(404);
      expect(res.type).toMatch(/application\/problem\+json/);
      expect((res.body as Problem).detail).toMatch(/7c9e6679-7425-40de-944b-e07fc1f90ae7/);
    },
  );

  it("answers 404 for a service at a facility closed for good", async () => {
    const [sal] = await w.db.serviceAtLocation.findMany({ where: { facilityId: made.closed.id } });
    expect((await get(`/api/hsds/service_at_locations/${sal!.id}`)).status).toBe(404);
  });
});

describe("format=ndjson", () => {
  it.each([
    ["services", VALIDATE.serviceListItem],
    ["services?full=true", VALIDATE.service],
    ["service_at_locations?postcode=7411", schema("compiled/service_at_location_list.json")],
    ["organizations", schema("compiled/organization_list.json")],
    ["taxonomy_terms", VALIDATE.taxonomyTerm],
  ] as const)("/%s streams every match, one valid object a line", async (path, v) => {
    const paged = await listPage(`/api/hsds/${path}${path.includes("?") ? "&" : "?"}per_page=500`);
    const res = await get(`/api/hsds/${path}${path.includes("?") ? "&" : "?"}format=ndjson&per_page=1`);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/application\/x-ndjson/);
    expect(res.text.endsWith("\n")).toBe(true);
    const items = res.text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string });
    for (const item of items) expectValid(v, item, `${path} line`);
    expect(items.map((i) => i.id).sort()).toEqual(ids(paged).sort());
  });

  it("streams an empty list as an empty body, and only the matches", async () => {
    const none = await get(`/api/hsds/services?format=ndjson&taxonomy_term_id=${termId("bestaat-niet")}`);
    expect(none.status).toBe(200);
    expect(none.text).toBe("");
    const one = await get("/api/hsds/services?format=ndjson&minimal=true&search=zuidwijk");
    expect(
      one.text
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([{ id: made.taalcafe.id, last_modified: expect.any(String) }]);
  });
});
