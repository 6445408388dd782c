import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPool, READ_SESSION_OPTIONS } from "@/lib/db/pg-pool";
import { haversineM } from "@/lib/geo/distance";

import { call } from "../support/api";

// GET /api/v1/services and /api/v1/areas/lookup against brute force from the base tables.

type Service = {
  id: string;
  name: string;
  categories: { code: string }[];
  audiences: { code: string }[];
  languages: string[];
  cost: string;
  access: string[];
  organization: { slug: string; name: string; service_area: string[] };
  location: {
    service_at_location_id: string;
    facility: { lat: number; lng: number; gemeente_code: string; slug: string };
    distance_m: number;
  };
  in_service_area: boolean | null;
};
type Body = { data: Service[]; client: { lat: number; lng: number; gemeente: { code: string; name: string } | null } };
type Problem = { status: number; errors: { parameter: string; detail: string }[] };
type Loc = { service_id: string; terms: string[]; lat: number; lng: number };

let pool: pg.Pool;
let locations: Loc[] = [];
beforeAll(async () => {
  pool = createPool({ connectionString: process.env.DATABASE_URL, options: READ_SESSION_OPTIONS });
  locations = (
    await pool.query<Loc>(`
    SELECT sal.service_id, f.lat, f.lng, ARRAY(SELECT term_code FROM service_term st WHERE st.service_id = sal.service_id) AS terms
    FROM service_at_location sal JOIN facility f ON f.id = sal.facility_id WHERE f.status <> 'closed'`)
  ).rows;
});
afterAll(() => pool.end());

describe("GET /api/v1/services", () => {
  it("gives each service once, at its nearest location, those serving the client's gemeente first, then by distance", async () => {
    const res = await call("/api/v1/services?postcode=3512&service=schuldhulp&limit=100");
    expect(res.status).toBe(200);
    const { data, client } = res.body as Body;
    expect(client.gemeente).toEqual({ code: "GM0344", name: "Utrecht" });
    expect(data.length).toBeGreaterThan(10);
    expect(new Set(data.map((s) => s.id)).size).toBe(data.length);
    let rank = 0,
      prev = -1;
    for (const s of data) {
      expect(s.categories.map((c) => c.code)).toContain("schuldhulp");
      expect(s.in_service_area).toBe(s.organization.service_area.includes("GM0344"));
      const r = s.in_service_area ? 0 : 1;
      if (r !== rank) {
        expect(r).toBeGreaterThan(rank);
        rank = r;
        prev = -1;
      }
      expect(s.location.distance_m).toBeGreaterThanOrEqual(prev);
      prev = s.location.distance_m;
      const f = s.location.facility;
      expect(Math.abs(s.location.distance_m - haversineM(client.lat, client.lng, f.lat, f.lng))).toBeLessThanOrEqual(1);
      const nearest = Math.min(
        ...locations.filter((l) => l.service_id === s.id).map((l) => haversineM(client.lat, client.lng, l.lat, l.lng)),
      );
      expect(Math.abs(s.location.distance_m - nearest)).toBeLessThanOrEqual(1);
    }
    expect(data[0]!.in_service_area).toBe(true);
    expect(data.some((s) => s.in_service_area === false)).toBe(true);
  });

  it("finds every service with a location within radius_km, and only those", async () => {
    const { data, client } = (
      await call("/api/v1/services?postcode=3512&service=inloop&radius_km=4&limit=200&sort=distance")
    ).body as Body;
    const want = new Set(
      locations
        .filter((l) => l.terms.includes("inloop") && haversineM(client.lat, client.lng, l.lat, l.lng) <= 4000)
        .map((l) => l.service_id),
    );
    expect(want.size).toBeGreaterThan(3);
    expect(new Set(data.map((s) => s.id))).toEqual(want);
    expect(data.map((s) => s.location.distance_m)).toEqual(
      [...data.map((s) => s.location.distance_m)].sort((a, b) => a - b),
    );
  });

  it("with or_in_area, adds the services of organisations working in the client's gemeente, however far (/verwijzen's default)", async () => {
    const inArea = new Set(
      (
        await pool.query<{ id: string }>(
          "SELECT sv.id FROM service sv JOIN organization o ON o.id = sv.organization_id WHERE 'GM0344' = ANY(o.service_area)",
        )
      ).rows.map((r) => r.id),
    );
    let beyond = 0;
    for (const term of ["schuldhulp", "ouderenwerk"]) {
      const { data, client } = (
        await call(`/api/v1/services?postcode=3512&service=${term}&radius_km=2&or_in_area=true&limit=200&sort=distance`)
      ).body as Body;
      const near = locations
        .filter((l) => l.terms.includes(term) && haversineM(client.lat, client.lng, l.lat, l.lng) <= 2000)
        .map((l) => l.service_id);
      const far = locations.filter((l) => l.terms.includes(term) && inArea.has(l.service_id)).map((l) => l.service_id);
      expect(new Set(data.map((s) => s.id))).toEqual(new Set([...near, ...far]));
      for (const s of data) expect(s.location.distance_m <= 2000 || s.in_service_area === true).toBe(true);
      beyond += data.filter((s) => s.location.distance_m > 2000).length;
    }
    expect(beyond).toBeGreaterThan(0); // the case this is for: an organisation of Utrecht's whose place is further away
    // Without it, only the radius counts; and it needs a radius.
    const strict = (await call("/api/v1/services?postcode=3512&service=schuldhulp&radius_km=2&limit=200")).body as Body;
    expect(strict.data.every((s) => s.location.distance_m <= 2000)).toBe(true);
    expect((await call("/api/v1/services?postcode=3512&or_in_area=true")).status).toBe(400);
  });

  it("applies every filter", async () => {
    const { data } = (
      await call(
        "/api/v1/services?postcode=1012&cost=free&access=walk_in,appointment&language=en&audience=ouderen,iedereen&limit=50",
      )
    ).body as Body;
    expect(data.length).toBeGreaterThan(0);
    for (const s of data) {
      expect(s.cost).toBe("free");
      expect(s.access.some((a) => a === "walk_in" || a === "appointment")).toBe(true);
      expect(s.languages).toContain("en");
      expect(s.audiences.some((a) => a.code === "ouderen" || a.code === "iedereen")).toBe(true);
    }
  });

  it("lists a gemeente's services without a postcode: offered there or by an organisation that serves it", async () => {
    const { data, client } = (await call("/api/v1/services?gemeente=gm0363&service=jongerenwerk&sort=name"))
      .body as Body;
    expect(client.gemeente?.code).toBe("GM0363");
    expect(data.length).toBeGreaterThan(0);
    for (const s of data)
      expect(s.location.facility.gemeente_code === "GM0363" || s.organization.service_area.includes("GM0363")).toBe(
        true,
      );
    expect(data.map((s) => s.name)).toEqual([...data.map((s) => s.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("exports the same result as CSV (format=csv)", async () => {
    const json = (await call("/api/v1/services?postcode=3512&service=schuldhulp&limit=30")).body as Body;
    const res = await call("/api/v1/services?postcode=3512&service=schuldhulp&limit=30&format=csv");
    expect(res.status).toBe(200);
    expect(res.type).toContain("text/csv");
    const text = res.body as string;
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    // What Dutch Excel opens by double-click: ";" between fields, a decimal comma, Dutch words for codes.
    expect(lines[0]).toMatch(/^"dienst";"organisatie";/);
    expect(lines).toHaveLength(json.data.length + 1);
    expect(lines[1]).toContain(`"${json.data[0]!.name.replaceAll('"', '""')}"`);
    expect(lines[1]).toContain(json.data[0]!.location.service_at_location_id);
    const first = json.data[0]!;
    const cells = lines[1]!.slice(1, -1).split('";"');
    expect(cells[7]).toBe((first.location.distance_m / 1000).toFixed(1).replace(".", ","));
    expect(text).not.toMatch(/walk_in|appointment|"free"|"paid"/);
    expect(text).toMatch(/Binnenlopen, zonder afspraak|Op afspraak|Met een verwijzing/);
    expect(text).toMatch(/"(Gratis|Kleine eigen bijdrage|Betaald)"/);
    if (first.languages.includes("nl")) expect(cells[12]).toContain("Nederlands");
    // sep=, for tools: commas and a decimal point.
    const tools = (await call("/api/v1/services?postcode=3512&service=schuldhulp&limit=30&format=csv&sep=,"))
      .body as string;
    const toolLine = tools.replace(/^\uFEFF/, "").split("\r\n")[1]!;
    expect(toolLine.slice(1, -1).split('","')[7]).toBe((first.location.distance_m / 1000).toFixed(1));
  });

  it("answers problem+json for missing or bad input", async () => {
    const cases: [string, string][] = [
      ["service=schuldhulp", "postcode"],
      ["gemeente=Utrecht", "gemeente"],
      ["gemeente=GM9999", "gemeente"],
      ["postcode=1000", "postcode"],
      ["gemeente=GM0344&radius_km=5", "radius_km"],
      ["postcode=3512&radius_km=500", "radius_km"],
      ["postcode=3512&cost=cheap", "cost"],
      ["postcode=3512&access=phone", "access"],
      ["postcode=3512&sort=random", "sort"],
      ["postcode=3512&format=xml", "format"],
      ["postcode=3512&client=Jan", ""],
    ];
    for (const [qs, parameter] of cases) {
      const res = await call(`/api/v1/services?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(res.type).toContain("application/problem+json");
      if (parameter)
        expect(
          (res.body as Problem).errors.map((e) => e.parameter),
          qs,
        ).toContain(parameter);
    }
  });
});

describe("GET /api/v1/areas/lookup", () => {
  it("gives the gemeente of a PC4 or PC6", async () => {
    for (const pc of ["3512", "3512AB", "3512 ab"]) {
      const res = await call(`/api/v1/areas/lookup?postcode=${encodeURIComponent(pc)}`);
      expect(res.status, pc).toBe(200);
      expect(res.body).toMatchObject({ gemeente: { code: "GM0344", name: "Utrecht" } });
    }
    expect((await call("/api/v1/areas/lookup?postcode=1012")).body).toMatchObject({
      gemeente: { code: "GM0363", name: "Amsterdam" },
    });
  });
  it("answers 404 for an unknown postcode and 400 for a malformed one", async () => {
    expect((await call("/api/v1/areas/lookup?postcode=1000")).status).toBe(404);
    for (const qs of ["postcode=abc", "", "postcode=3512&x=1"])
      expect((await call(`/api/v1/areas/lookup?${qs}`)).status, qs).toBe(400);
  });
});
