import { describe, expect, it, vi } from "vitest";

import { haversineM } from "@/lib/geo/distance";

import { createFacility, createOrganization, withScratchWorld } from "../factories";
import { call } from "../support/api";

type Item = {
  id: string;
  slug: string;
  name: string;
  lat: number;
  lng: number;
  distance_m: number;
  services: { code: string }[];
  open_now: boolean | null;
  status: string;
};
type ListBody = {
  data: Item[];
  next_cursor: string | null;
  origin: { lat: number; lng: number; gemeente_code: string | null } | null;
};
type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { parameter: string; detail: string }[];
};

describe("GET /api/v1/facilities", () => {
  it("answers postcode=3512&service=schuldhulp&limit=10 with 10 schuldhulp facilities by haversine distance from the PC4 centre", async () => {
    const res = await call("/api/v1/facilities?postcode=3512&service=schuldhulp&limit=10");
    expect(res.status).toBe(200);
    const body = res.body as ListBody;
    expect(body.data).toHaveLength(10);
    expect(body.origin).toMatchObject({ gemeente_code: "GM0344" });
    const o = body.origin!;
    let prev = -1;
    for (const f of body.data) {
      expect(f.services.map((s) => s.code)).toContain("schuldhulp");
      expect(Math.abs(f.distance_m - haversineM(o.lat, o.lng, f.lat, f.lng))).toBeLessThanOrEqual(1);
      expect(f.distance_m).toBeGreaterThanOrEqual(prev);
      prev = f.distance_m;
    }
    expect(res.cache).toMatch(/public/);
    expect(res.cache).toMatch(/max-age=\d+/);
  });

  it("pages with next_cursor without repeats or gaps", async () => {
    const all = (await call("/api/v1/facilities?near=52.37,4.89&service=jongerenwerk,inloop&limit=30"))
      .body as ListBody;
    const first = (await call("/api/v1/facilities?near=52.37,4.89&service=jongerenwerk&service=inloop&limit=12"))
      .body as ListBody;
    expect(first.next_cursor).toBeTruthy();
    const second = (
      await call(`/api/v1/facilities?near=52.37,4.89&service=jongerenwerk,inloop&limit=18&cursor=${first.next_cursor}`)
    ).body as ListBody;
    expect([...first.data, ...second.data].map((f) => f.id)).toEqual(all.data.map((f) => f.id));
  });

  it("returns an RFC 7946 FeatureCollection with [lng, lat] for format=geojson and for Accept: application/geo+json", async () => {
    for (const res of [
      await call("/api/v1/facilities?place=Utrecht&limit=3&format=geojson"),
      await call("/api/v1/facilities?place=Utrecht&limit=3", { headers: { accept: "application/geo+json" } }),
    ]) {
      expect(res.type).toMatch(/application\/geo\+json/);
      const fc = res.body as {
        type: string;
        features: {
          type: string;
          geometry: { type: string; coordinates: [number, number] };
          properties: { distance_m: number };
        }[];
      };
      expect(fc.type).toBe("FeatureCollection");
      expect(fc.features).toHaveLength(3);
      const [lng, lat] = fc.features[0]!.geometry.coordinates;
      expect(lng).toBeGreaterThan(4.5);
      expect(lng).toBeLessThan(5.6);
      expect(lat).toBeGreaterThan(51.8);
      expect(fc.features[0]!.properties).not.toHaveProperty("lat");
    }
  });

  it("finds places by alias and ignores case and punctuation", async () => {
    const a = (await call("/api/v1/facilities?place=Den%20Bosch&limit=1")).body as ListBody;
    const b = (await call("/api/v1/facilities?place=%27s-Hertogenbosch&limit=1")).body as ListBody;
    const c = (await call("/api/v1/facilities?place=s%20hertogenbosch&limit=1")).body as ListBody;
    expect(a.origin).toMatchObject({ gemeente_code: "GM0796" });
    expect(a.data[0]?.id).toBe(b.data[0]?.id);
    expect(b.data[0]?.id).toBe(c.data[0]?.id);
  });

  it("applies all-of filters across parameters", async () => {
    const res = (
      await call(
        "/api/v1/facilities?near=52.09,5.12&service=ouderenwerk&type=buurthuis,wijkcentrum&wheelchair=true&free=true&limit=20",
      )
    ).body as ListBody;
    expect(res.data.length).toBeGreaterThan(0);
    for (const f of res.data) expect(f.services.map((s) => s.code)).toContain("ouderenwerk");
  });

  it("with open=now answers only facilities open at that moment (the clock fixed at a Wednesday 11:00)", async () => {
    // open_now is computed per request from the clock: fixed here, so the list is full at any hour the test runs.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-25T10:00:00Z")); // Wednesday 11:00 in Amsterdam (CET)
    try {
      const res = await call("/api/v1/facilities?near=52.09,5.12&open=now&limit=10");
      expect(res.status).toBe(200);
      const all = (await call("/api/v1/facilities?near=52.09,5.12&limit=10")).body as ListBody;
      const open = (res.body as ListBody).data;
      expect(open).toHaveLength(10);
      expect(open.every((f) => f.open_now === true)).toBe(true);
      // The filter removes something: the nearest ten without it are not all open.
      expect(all.data.some((f) => f.open_now !== true)).toBe(true);
      expect(res.cache).toMatch(/max-age=30/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("lists by name, with a cursor, when no location is given", async () => {
    const first = (await call("/api/v1/facilities?service=repair-cafe&limit=5")).body as ListBody;
    expect(first.origin).toBeNull();
    const names = first.data.map((f) => f.name);
    expect([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(names);
    const next = (await call(`/api/v1/facilities?service=repair-cafe&limit=5&cursor=${first.next_cursor}`))
      .body as ListBody;
    expect(next.data[0]!.name >= names.at(-1)!).toBe(true);
    expect(next.data.map((f) => f.id)).not.toContain(first.data.at(-1)!.id);
  });

  const bad: [string, string][] = [
    ["near=abc,5", "near"],
    ["near=52.1", "near"],
    ["near=91,5", "near"],
    ["near=-90.5,5", "near"],
    ["near=52,181", "near"],
    ["bbox=6,52,5,53", "bbox"],
    ["bbox=4,53,5,52", "bbox"],
    ["bbox=1,2,3", "bbox"],
    ["limit=0", "limit"],
    ["limit=1000000", "limit"],
    ["limit=ten", "limit"],
    ["limit=5&limit=6", "limit"],
    ["service=schuldhulp,astrologie", "service"],
    ["type=kasteel", "type"],
    ["audience=aliens", "audience"],
    ["language=dutch", "language"],
    ["free=yes", "free"],
    ["wheelchair=1", "wheelchair"],
    ["open=later", "open"],
    ["postcode=ABCD", "postcode"],
    ["postcode=0123", "postcode"],
    [`place=${"x".repeat(5000)}`, "place"],
    ["place=Utrecht%27%3B%20DROP%20TABLE%20facility%3B--", "place"],
    ["place=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "place"],
    ["service=%27%20OR%201%3D1--", "service"],
    ["cursor=not-a-cursor", "cursor"],
    ["format=xml", "format"],
    ["postcode=3512&place=Utrecht", "place"],
    ["servcie=schuldhulp", "servcie"],
  ];
  it.each(bad)("answers 400 problem+json for %s", async (qs, param) => {
    const res = await call(`/api/v1/facilities?${qs}`);
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/application\/problem\+json/);
    const p = res.body as Problem;
    expect(p.status).toBe(400);
    expect(p.title).toBeTruthy();
    expect(p.errors?.map((e) => e.parameter).join(",")).toContain(param);
    expect(p.errors?.every((e) => e.detail.length > 5)).toBe(true);
  });

  it("lists every bad parameter at once", async () => {
    const p = (await call("/api/v1/facilities?near=x&limit=0&service=nope")).body as Problem;
    expect(p.errors?.map((e) => e.parameter).sort()).toEqual(["limit", "near", "service"]);
  });

  it("answers an unknown postcode or place with 400 and a message, not an empty list", async () => {
    for (const qs of ["postcode=1000", "place=Atlantis"]) {
      // 1000: PO boxes only, no area of its own
      const res = await call(`/api/v1/facilities?${qs}`);
      expect(res.status).toBe(400);
      expect((res.body as Problem).detail).toMatch(/We do not know/);
    }
  });
});

describe("GET /api/v1/facilities/{slug}", () => {
  it("returns the facility with its services, and 404 problem+json for an unknown slug", async () => {
    const list = (await call("/api/v1/facilities?place=Groningen&service=buurtwerk&limit=1")).body as ListBody;
    const slug = list.data[0]!.slug;
    const res = await call(`/api/v1/facilities/${slug}`);
    expect(res.status).toBe(200);
    const f = (
      res.body as {
        data: {
          slug: string;
          services: { categories: { code: string }[]; organization: { slug: string } }[];
          opening_hours: string;
        };
      }
    ).data;
    expect(f.slug).toBe(slug);
    expect(f.services.some((s) => s.categories.some((c) => c.code === "buurtwerk"))).toBe(true);
    const missing = await call("/api/v1/facilities/bestaat-niet");
    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/problem\+json/);
    const weird = await call("/api/v1/facilities/%3Cscript%3E");
    expect(weird.status).toBe(400);
  });
});

describe("organisations", () => {
  // Its own database with only the organisations made here, so the counts are the test's, not the demo data's.
  const w = withScratchWorld("orgs", { asAppDatabase: true });

  it("lists organisations by name with a cursor, filters by gemeente, and shows one with facilities", async () => {
    const made = [];
    for (const n of [4, 1, 7, 3, 6, 2, 5])
      made.push(await createOrganization(w.db, { name: `Buurtorganisatie ${n}`, serviceArea: ["GM0363", "GM0344"] }));
    const elsewhere = await createOrganization(w.db, { name: "Buurtorganisatie 0", serviceArea: ["GM0363"] });
    const facility = await createFacility(w.db, { operatorId: made[1]!.id, pc4: "3512" });
    // What the API must answer, straight from the table.
    const { rows: expected } = await w.pool.query<{ slug: string }>(
      "SELECT slug FROM organization WHERE 'GM0344' = ANY(service_area) ORDER BY name, id",
    );
    expect(expected).toHaveLength(7);
    expect(expected.map((o) => o.slug)).not.toContain(elsewhere.slug);

    const page = (await call("/api/v1/organizations?gemeente=GM0344&limit=5")).body as {
      data: { slug: string; name: string; service_area: string[] }[];
      next_cursor: string;
    };
    expect(page.data).toHaveLength(5);
    for (const o of page.data) expect(o.service_area).toContain("GM0344");
    const next = (await call(`/api/v1/organizations?gemeente=GM0344&limit=5&cursor=${page.next_cursor}`)).body as {
      data: { slug: string; name: string }[];
      next_cursor: string | null;
    };
    expect(next.data[0]!.name >= page.data.at(-1)!.name).toBe(true);
    expect([...page.data, ...next.data].map((o) => o.slug)).toEqual(expected.map((o) => o.slug));
    expect(next.next_cursor).toBeNull();
    const one = await call(`/api/v1/organizations/${page.data[0]!.slug}`);
    expect(one.status).toBe(200);
    expect((one.body as { data: { facilities: { slug: string }[] } }).data.facilities.map((f) => f.slug)).toEqual([
      facility.slug,
    ]);
    expect((await call("/api/v1/organizations/bestaat-niet")).status).toBe(404);
    expect((await call("/api/v1/organizations?gemeente=Utrecht")).status).toBe(400);
    expect((await call("/api/v1/organizations?limit=500")).status).toBe(400);
  });
});

describe("index and taxonomy", () => {
  it("describes itself at /api/v1, where problem answers point", async () => {
    const res = await call("/api/v1");
    expect(res.status).toBe(200);
    const body = res.body as { endpoints: Record<string, { filters?: { service?: string[] } }> };
    expect(Object.keys(body.endpoints)).toContain("GET /api/v1/facilities");
    expect(body.endpoints["GET /api/v1/facilities"]?.filters?.service).toContain("schuldhulp");
    const p = (await call("/api/v1/facilities?colour=red")).body as Problem;
    expect(p.errors?.[0]?.detail).toMatch(/\/api\/v1/);
  });

  it("serves the taxonomy with Dutch and English labels", async () => {
    const t = (await call("/api/v1/taxonomy")).body as {
      data: { services: { code: string; name: string; name_en: string }[]; audiences: { code: string }[] };
    };
    expect(t.data.services.map((s) => s.code)).toEqual(
      expect.arrayContaining(["schuldhulp", "jongerenwerk", "repair-cafe", "eenzaamheid"]),
    );
    expect(t.data.services).toHaveLength(19);
    expect(t.data.audiences).toHaveLength(8);
    expect(t.data.services.find((s) => s.code === "schuldhulp")).toEqual({
      code: "schuldhulp",
      name: "Schuldhulp",
      name_en: "Debt help",
    });
  });
});
