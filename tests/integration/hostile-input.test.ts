import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as formData from "@/app/[locale]/(beheer)/beheer/form-data";
import { closeDb } from "@/lib/db";
import { encodeCursor } from "@/lib/schemas/cursor";
import { readReferralPage } from "@/lib/schemas/referral-page";
import { readSearchPage } from "@/lib/schemas/search-page";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { proxy } from "@/proxy";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// Input PostgreSQL cannot store (NUL, lone surrogates) and other hostile input the security review found answered
// with a 500 or accepted: each must be a 4xx problem (or a page error), never a 500. Real route handlers over a
// scratch copy of the demo data.

type Ctx = { params: Promise<Record<string, string>> };
type Handler = (req: Request, ctx: Ctx) => Promise<Response>;
let w: EditWorld;
let token = "";
let slug = "";
let orgId = "";
let r: {
  facilities: Handler;
  facility: { GET: Handler; PATCH: Handler };
  hours: Handler;
  reports: Handler;
  organizations: Handler;
  services: Handler;
  catchAll: Record<"GET" | "POST" | "DELETE", Handler>;
};

beforeAll(async () => {
  w = await createEditWorld("hostile");
  await closeDb();
  process.env.DATABASE_URL = w.url;
  const as = (h: unknown) => h as Handler;
  const facility = await import("@/app/api/v1/facilities/[slug]/route");
  const catchAll = await import("@/app/api/[...path]/route");
  r = {
    facilities: as((await import("@/app/api/v1/facilities/route")).GET),
    facility: { GET: as(facility.GET), PATCH: as(facility.PATCH) },
    hours: as((await import("@/app/api/v1/facilities/[slug]/opening-hours/route")).PUT),
    reports: as((await import("@/app/api/v1/facilities/[slug]/reports/route")).POST),
    organizations: as((await import("@/app/api/v1/organizations/route")).GET),
    services: as((await import("@/app/api/v1/services/route")).GET),
    catchAll: { GET: as(catchAll.GET), POST: as(catchAll.POST), DELETE: as(catchAll.DELETE) },
  };
  token = (await createApiToken(w.db, w.actors.orgAdmin, w.bigOrg, { name: "CRM" })).token;
  slug = (await w.pool.query("SELECT slug FROM facility WHERE id = $1", [w.bigFacility])).rows[0].slug as string;
  orgId = (await w.pool.query("SELECT id FROM organization ORDER BY name LIMIT 1")).rows[0].id as string;
}, 120_000);

afterAll(async () => {
  await closeDb();
  await w?.drop();
});

async function answer(res: Response) {
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    body: (text ? JSON.parse(text) : null) as Record<string, unknown> | null,
  };
}
const get = async (h: Handler, url: string, params: Record<string, string> = {}) =>
  answer(await h(new Request(`http://localhost${url}`), { params: Promise.resolve(params) }));
const send = async (
  h: Handler,
  params: Record<string, string>,
  init: { method: string; body: string; headers?: Record<string, string> },
) =>
  answer(
    await h(
      new Request("http://localhost/api/v1/x", {
        method: init.method,
        body: init.body,
        headers: { "content-type": "application/json", ...init.headers },
      }),
      { params: Promise.resolve(params) },
    ),
  );
const etag = async () =>
  (
    await r.facility.GET(new Request(`http://localhost/api/v1/facilities/${slug}`), {
      params: Promise.resolve({ slug }),
    })
  ).headers.get("etag") ?? "";
const problem = (status: number, parameter?: string) =>
  expect.objectContaining({
    status,
    type: expect.stringContaining("application/problem+json"),
    body: expect.objectContaining({
      status,
      title: expect.any(String),
      detail: expect.any(String),
      ...(parameter ? { errors: expect.arrayContaining([expect.objectContaining({ parameter })]) } : {}),
    }),
  });

// A name cursor holding text the database cannot take; JSON's escapes make both.
const UNSTORABLE = ["a\u0000b", "\ud800", "x\udc00"];

describe("tampered cursors", () => {
  it("a cursor with a NUL or a lone surrogate is a 400 on /api/v1/facilities and /api/v1/organizations", async () => {
    for (const n of UNSTORABLE) {
      const cursor = encodeCursor({ n, id: orgId });
      expect(await get(r.organizations, `/api/v1/organizations?cursor=${cursor}`)).toEqual(problem(400, "cursor"));
      expect(await get(r.facilities, `/api/v1/facilities?service=schuldhulp&cursor=${cursor}`)).toEqual(
        problem(400, "cursor"),
      );
    }
  });

  it("/zoeken reads such a cursor as an error of its `na` parameter", () => {
    for (const n of UNSTORABLE) {
      const page = readSearchPage({ dienst: "schuldhulp", na: encodeCursor({ n, id: orgId }) });
      expect(page.query).toBeNull();
      expect(page.errors.map((e) => e.parameter)).toEqual(["na"]);
    }
  });
});

describe("text the database cannot store, in bodies", () => {
  it("PATCH and PUT bodies with a NUL or a lone surrogate (name, website, description, opening hours) are a 400 naming the field", async () => {
    const p = { slug };
    const cases: [string, string][] = [
      ["name", '{"name":"Buurthuis\\u0000"}'],
      ["website", '{"website":"https://example.nl/\\u0000"}'],
      ["description", '{"description":"lone \\ud800 surrogate"}'],
      ["phone", '{"phone":"\\udfff"}'],
    ];
    for (const [field, body] of cases) {
      expect(
        await send(r.facility.PATCH, p, {
          method: "PATCH",
          body,
          headers: { authorization: `Bearer ${token}`, "if-match": await etag() },
        }),
      ).toEqual(problem(400, field));
    }
    expect(
      await send(r.hours, p, {
        method: "PUT",
        body: '{"opening_hours":"Mo 09:00-12:00\\u0000"}',
        headers: { authorization: `Bearer ${token}`, "if-match": await etag() },
      }),
    ).toEqual(problem(400, "opening_hours"));
  });

  it("a JSON report with a NUL or a lone surrogate is a 400; a slug holding a NUL is a 404", async () => {
    expect(
      await send(r.reports, { slug }, { method: "POST", body: '{"message":"De deur is dicht\\u0000 al weken"}' }),
    ).toEqual(problem(400, "message"));
    expect(
      await send(
        r.reports,
        { slug },
        { method: "POST", body: '{"message":"De deur is dicht, al weken","contact":"\\ud800"}' },
      ),
    ).toEqual(problem(400, "contact"));
    expect(
      await send(
        r.reports,
        { slug: "buurthuis\u0000" },
        { method: "POST", body: '{"message":"De deur is dicht, al weken"}' },
      ),
    ).toEqual(problem(404));
  });

  it("the member area's form reader drops NUL characters, so a form save cannot fail on them", () => {
    const form = new FormData();
    form.set("name", "Buurt\u0000huis");
    form.set("email", "a@b.nl\u0000");
    expect(formData.str(form, "name")).toBe("Buurthuis");
    expect(formData.fields(form)).toEqual({ name: "Buurthuis", email: "a@b.nl" });
  });
});

describe("the API's edges", () => {
  it("an unknown /api path answers problem+json 404 for every method", async () => {
    for (const [method, h] of Object.entries(r.catchAll)) {
      const res = await answer(
        await h(new Request("http://localhost/api/v1/bestaat-niet", { method }), {
          params: Promise.resolve({ path: "v1/bestaat-niet" }),
        }),
      );
      expect(res).toEqual(problem(404));
      expect(String(res.body?.detail)).toContain(`${method} /api/v1/bestaat-niet`);
    }
  });

  it("takes the Bearer scheme in any case, but not another scheme", async () => {
    for (const scheme of ["bearer", "BEARER", "Bearer"]) {
      const res = await send(
        r.facility.PATCH,
        { slug },
        {
          method: "PATCH",
          body: '{"phone":"030 123 45 67"}',
          headers: { authorization: `${scheme} ${token}`, "if-match": await etag() },
        },
      );
      expect(res.status, scheme).toBe(200);
    }
    expect(
      (
        await send(
          r.facility.PATCH,
          { slug },
          { method: "PATCH", body: "{}", headers: { authorization: `Basic ${token}`, "if-match": await etag() } },
        )
      ).status,
    ).toBe(401);
  });

  it("a gemeente code that does not exist is a 400, not an empty or unfiltered answer", async () => {
    expect(await get(r.organizations, "/api/v1/organizations?gemeente=GM9999")).toEqual(problem(400, "gemeente"));
    expect(await get(r.services, "/api/v1/services?postcode=3512&gemeente=GM9999")).toEqual(problem(400, "gemeente"));
    expect(await get(r.services, "/api/v1/services?gemeente=GM9999")).toEqual(problem(400, "gemeente"));
    expect((await get(r.organizations, "/api/v1/organizations?gemeente=gm0344")).status).toBe(200);
  });

  it("/verwijzen says it does not know gemeente GM9999, and searches the postcode alone", async () => {
    const geocoder = { place: async () => null, postcode: async () => null } as unknown as Parameters<
      typeof readReferralPage
    >[1];
    const unknown = await readReferralPage({ gemeente: "GM9999" }, geocoder);
    expect(unknown).toMatchObject({ query: null, unknownGemeente: true });
    const withPostcode = await readReferralPage({ q: "3512", gemeente: "gm9999" }, geocoder);
    expect(withPostcode.unknownGemeente).toBe(true);
    expect(withPostcode.query?.gemeente).toBeUndefined();
    expect((await readReferralPage({ gemeente: "gm0344" }, geocoder)).query?.gemeente).toBe("GM0344");
  });
});

describe("paths whose percent-encoding does not decode", () => {
  // Next.js answers these with a plain-text 500 when they reach a dynamic route; the proxy sends them to a 404. (The
  // fuzz test checks the answers of the running server.)
  it("are rewritten to the API's problem 404 or the site's not-found page", () => {
    const target = (path: string) =>
      proxy(new NextRequest(`http://localhost${path}`)).headers.get("x-middleware-rewrite");
    for (const p of [
      "/api/v1/facilities/%e2%82",
      "/api/v1/organizations/%ff",
      "/api/v1/services/%ed%a0%80",
      "/api/v1/facilities/%ff/reports",
    ])
      expect(target(p), p).toBe("http://localhost/api/not-found");
    // Pages: the not-found page in the path's language (every page lives under app/[locale]).
    for (const p of ["/locaties/%ff", "/organisaties/%ed%a0%80", "/b/%ff", "/beheer/locaties/%c0%af"])
      expect(target(p), p).toBe("http://localhost/nl/niet-gevonden");
    expect(target("/en/locaties/%ff")).toBe("http://localhost/en/niet-gevonden");
    expect(target("/locaties/caf%C3%A9")).toBe("http://localhost/nl/locaties/caf%C3%A9");
    expect(target("/api/v1/facilities/caf%C3%A9")).toBeNull();
  });
});
