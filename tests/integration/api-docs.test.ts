import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { GET as openapiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as serviceById } from "@/app/api/v1/services/[id]/route";
import { readActivitiesParams, ZActivitiesQuery } from "@/lib/schemas/activities-query";
import { ZNoQuery } from "@/lib/schemas/answer";
import { READ_ENDPOINTS } from "@/lib/schemas/api-docs";
import { ZAreaLookupQuery } from "@/lib/schemas/areas";
import { ZClusterQuery } from "@/lib/schemas/clusters";
import {
  readFacilitySearchParams,
  readQueryParams,
  ZFacilityDetailQuery,
  ZFacilitySearchQuery,
} from "@/lib/schemas/facility-search";
import { ZOrganizationDetailQuery, ZOrganizationListQuery } from "@/lib/schemas/organization";
import { SERVICE_LIST_KEYS, ZServiceIdQuery, ZServiceSearchQuery } from "@/lib/schemas/services";

import { call } from "../support/api";

// /api/v1/openapi.json and /api/v1 against what the routes do: every documented default is what the request schema
// fills in and what the route does when the parameter is left out; every documented allowed value is accepted and
// something else refused; every documented read endpoint answers its example with 200 and the documented shape.

type Param = {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: { default?: unknown; enum?: unknown[]; items?: { enum?: unknown[] } };
};
type Get = { summary: string; parameters: Param[]; "x-example": string; responses: Record<string, unknown> };
type Doc = { paths: Record<string, { get?: Get }> };

// The schemas the route handlers parse requests with, imported here on their own (not through the documentation's list).
const single = (sp: URLSearchParams) => readQueryParams(sp, []);
const PARSERS: Record<string, { schema: z.ZodType; read: (sp: URLSearchParams) => Record<string, unknown> }> = {
  "/api/v1/activities": { schema: ZActivitiesQuery, read: readActivitiesParams },
  "/api/v1/facilities": { schema: ZFacilitySearchQuery, read: readFacilitySearchParams },
  "/api/v1/facilities/{slug}": { schema: ZFacilityDetailQuery, read: single },
  "/api/v1/clusters": { schema: ZClusterQuery, read: readFacilitySearchParams },
  "/api/v1/services": { schema: ZServiceSearchQuery, read: (sp) => readQueryParams(sp, SERVICE_LIST_KEYS) },
  "/api/v1/services/{id}": { schema: ZServiceIdQuery, read: single },
  "/api/v1/areas/lookup": { schema: ZAreaLookupQuery, read: single },
  "/api/v1/organizations": { schema: ZOrganizationListQuery, read: single },
  "/api/v1/organizations/{slug}": { schema: ZOrganizationDetailQuery, read: single },
  "/api/v1/taxonomy": { schema: ZNoQuery, read: single },
  "/api/v1": { schema: ZNoQuery, read: single },
};

let doc: Doc;
let gets: [string, Get][];
const pathValues: Record<string, string> = {};

/** A documented path with its path parameters filled in from the demo data, and the query as URLSearchParams. */
const resolve = (example: string) => {
  const url = new URL(
    example.replace(/\{(\w+)\}/g, (_, k: string) => pathValues[k] ?? k),
    "http://localhost",
  );
  return url;
};
async function get(url: URL): Promise<{ status: number; body: unknown }> {
  if (url.pathname.startsWith("/api/v1/services/")) {
    const res = await serviceById(new Request(url), {
      params: Promise.resolve({ id: decodeURIComponent(url.pathname.split("/")[4] ?? "") }),
    });
    return { status: res.status, body: await res.json() };
  }
  return call(url.pathname + url.search);
}
/** What the route parses: the query, and the path's parameters by their template names. */
function parse(path: string, url: URL) {
  const parser = PARSERS[path];
  const names = path.split("/"),
    values = url.pathname.split("/");
  const fromPath = Object.fromEntries(
    names.flatMap((n, i) => (/^\{\w+\}$/.test(n) ? [[n.slice(1, -1), decodeURIComponent(values[i] ?? "")]] : [])),
  );
  return parser?.schema.safeParse({ ...parser.read(url.searchParams), ...fromPath });
}
const with_ = (url: URL, name: string, value: string | null): URL => {
  const u = new URL(url);
  if (value === null) u.searchParams.delete(name);
  else u.searchParams.set(name, value);
  return u;
};

beforeAll(async () => {
  doc = (await openapiRoute().json()) as Doc;
  gets = Object.entries(doc.paths).flatMap(([path, item]) => (item.get ? [[path, item.get] as [string, Get]] : []));
  const f = (await call("/api/v1/facilities?place=Utrecht&limit=1")).body as { data: { slug: string }[] };
  const o = (await call("/api/v1/organizations?limit=1")).body as { data: { slug: string }[] };
  const s = (await call("/api/v1/services?postcode=3512")).body as { data: { id: string }[] };
  pathValues.slug = f.data[0]?.slug ?? "";
  pathValues.id = s.data[0]?.id ?? "";
  pathValues.orgSlug = o.data[0]?.slug ?? "";
});
const examplePath = (path: string, e: string) =>
  path.startsWith("/api/v1/organizations/") ? e.replace("{slug}", pathValues.orgSlug ?? "") : e;

describe("the API documentation", () => {
  it("documents every read endpoint, each with a parser in this test", () => {
    expect(gets.map(([p]) => p).sort()).toEqual(Object.keys(PARSERS).sort());
    expect(gets.map(([p]) => p).sort()).toEqual(READ_ENDPOINTS.map((e) => e.path).sort());
  });

  it("answers each documented example with 200 and the documented answer", async () => {
    for (const [path, op] of gets) {
      const res = await get(resolve(examplePath(path, op["x-example"])));
      expect(res.status, op["x-example"]).toBe(200);
      const answer = READ_ENDPOINTS.find((e) => e.path === path)?.answers["application/json"];
      expect(answer?.safeParse(res.body).success, path).toBe(true);
    }
  });

  it("documents the defaults the request schemas fill in and the routes apply", async () => {
    let defaults = 0;
    for (const [path, op] of gets) {
      const example = resolve(examplePath(path, op["x-example"]));
      for (const p of op.parameters.filter((x) => x.schema.default !== undefined)) {
        defaults++;
        const without = with_(example, p.name, null);
        const parsed = parse(path, without);
        expect(parsed?.success).toBe(true);
        expect((parsed?.data as Record<string, unknown>)[p.name], `${path} ${p.name}`).toEqual(p.schema.default);
        // the route left alone and told the documented default answer alike
        const [a, b] = await Promise.all([get(without), get(with_(example, p.name, String(p.schema.default)))]);
        expect(a.status).toBe(200);
        expect(a.body, `${path} ${p.name}`).toEqual(b.body);
        // a default written in a description must be the real one
        for (const m of (p.description ?? "").matchAll(/default (\S+)/g))
          expect(m[1], `${path} ${p.name}`).toBe(String(p.schema.default));
      }
    }
    expect(defaults).toBeGreaterThanOrEqual(4); // facilities, services (sort, limit), organizations
  });

  it("documents the allowed values the routes accept, and nothing else is accepted", async () => {
    let checked = 0;
    for (const [path, op] of gets) {
      const example = resolve(examplePath(path, op["x-example"]));
      for (const p of op.parameters) {
        const allowed = p.schema.enum ?? p.schema.items?.enum;
        if (!allowed || p.in === "path") continue;
        for (const v of allowed) {
          checked++;
          const url = with_(example, p.name, String(v));
          expect(parse(path, url)?.success, `${path} ${p.name}=${String(v)}`).toBe(true);
          expect((await get(url)).status, `${path} ${p.name}=${String(v)}`).toBe(200);
        }
        const bad = with_(example, p.name, "not-a-documented-value");
        expect(parse(path, bad)?.success, `${path} ${p.name}`).toBe(false);
        expect((await get(bad)).status, `${path} ${p.name}`).toBe(400);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("keeps /api/v1 in step: each endpoint with each parameter, defaults as documented", async () => {
    const index = (await call("/api/v1")).body as { endpoints: Record<string, Record<string, unknown>> };
    expect(Object.keys(index.endpoints).sort()).toEqual(gets.map(([p]) => `GET ${p}`).sort());
    for (const [path, op] of gets) {
      const entry = index.endpoints[`GET ${path}`] ?? {};
      const flat: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(entry)) {
        if (v && typeof v === "object" && !Array.isArray(v)) Object.assign(flat, v);
        else flat[k] = v;
      }
      for (const p of op.parameters.filter((x) => x.in === "query")) {
        expect(flat, `${path} ${p.name}`).toHaveProperty(p.name);
        if (p.schema.default !== undefined)
          expect(String(flat[p.name]), `${path} ${p.name}`).toContain(`default ${String(p.schema.default)}`);
      }
    }
  });
});
