import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { AUDIENCE_CODES, SERVICE_CODES } from "@/lib/reference/taxonomy";
import { FACILITY_TYPES } from "@/lib/schemas/common";

import { startApp, type AppServer } from "../support/app-server";
import {
  bboxValue,
  BROKEN_ESCAPES,
  garbage,
  mapViewValue,
  nearValue,
  pathSegment,
  pct,
  tamperedCursor,
  zoomValue,
} from "../support/fuzz-inputs";

// Property-based fuzzing of every public GET endpoint and page of a production build (`npm start`, its own database):
// hostile query values, repeated and unknown parameters, broken percent-encoding in paths and queries, tampered
// cursors, coordinates at the poles and across the antimeridian. The properties: no answer is a 5xx (or no answer),
// and every 4xx under /api/ is problem+json with status, title and detail.
// FUZZ_SEED replays a run; FUZZ_RUNS sets the number of requests; FUZZ_BASE_URL fuzzes a server already running.

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const IN_FLIGHT = 8;
const MAX_URL = 14_000; // Node refuses request heads over 16 KiB before the app sees them (431)

let app: AppServer | undefined;
let base = process.env.FUZZ_BASE_URL ?? "";

beforeAll(async () => {
  if (!base) {
    app = await startApp();
    base = app.base;
  }
}, 330_000);

afterAll(() => app?.stop(), 60_000);

type Seeds = {
  facilities: string[];
  orgs: string[];
  services: string[];
  sals: string[];
  codes: string[];
  apiCursors: string[];
  orgCursors: string[];
  pageCursors: string[];
};

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** Real slugs, ids, cursors and a short link from the running app, for the fuzzer to start from and tamper with. */
async function collectSeeds(): Promise<Seeds> {
  type Page = { data: { slug: string }[]; next_cursor: string | null };
  const near = await getJson<Page>("/api/v1/facilities?postcode=3512&limit=10");
  const byName = await getJson<Page>("/api/v1/facilities?service=schuldhulp&limit=3");
  const orgs = await getJson<Page>("/api/v1/organizations?limit=5");
  const services = await getJson<{ data: { id: string; location: { service_at_location_id: string } }[] }>(
    "/api/v1/services?postcode=3512&limit=6",
  );
  const sals = services.data.map((s) => s.location.service_at_location_id);
  const search = await (await fetch(`${base}/zoeken?q=3512&dienst=schuldhulp`)).text();
  const sheet = await (await fetch(`${base}/verwijsbrief?services=${sals.slice(0, 3).join(",")}`)).text();
  const seeds = {
    facilities: near.data.map((f) => f.slug),
    orgs: orgs.data.map((o) => o.slug),
    services: services.data.map((s) => s.id),
    sals,
    // A sheet stores a short link only on "Maak korte link" (a POST): without one, fuzz from a well-formed unknown code.
    codes: [...new Set([...sheet.matchAll(/\/b\/([2-9a-z]{8,20})/g)].map((m) => m[1] ?? ""))].concat(["zzzzzzzz"]),
    apiCursors: [near.next_cursor, byName.next_cursor].filter((c): c is string => !!c),
    orgCursors: [orgs.next_cursor].filter((c): c is string => !!c),
    pageCursors: [...new Set([...search.matchAll(/[?&;]na=([A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? ""))],
  };
  for (const [k, v] of Object.entries(seeds)) if (v.length === 0) throw new Error(`no ${k} to fuzz from`);
  return seeds;
}

type Params = Record<string, fc.Arbitrary<string>>;
type Endpoint = { name: string; path: fc.Arbitrary<string>; params: Params };

const codes = (list: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...list),
    fc.uniqueArray(fc.constantFrom(...list), { maxLength: 5 }).map((v) => v.join(",")),
  );
const one = (...v: string[]) => fc.constantFrom(...v);

function endpoints(s: Seeds): Endpoint[] {
  const filters: Params = {
    service: codes(SERVICE_CODES),
    type: codes(FACILITY_TYPES),
    audience: codes(AUDIENCE_CODES),
    language: one("nl", "en", "ar", "nl,tr", "xx"),
    free: one("true", "false"),
    wheelchair: one("true", "false"),
  };
  const postcode = one("3512", "3512 AB", "3512ab", "1012", "9999", "0000", "1234 ZZ");
  const pageFilters: Params = {
    dienst: codes(SERVICE_CODES),
    doelgroep: codes(AUDIENCE_CODES),
    taal: one("nl", "en", "ar"),
    gratis: one("ja", "nee"),
    lang: one("nl", "en", "ar", "tr", "pl", "uk", "xx"),
  };
  const at = (prefix: string, seg: fc.Arbitrary<string>, suffix = "") => seg.map((x) => `${prefix}${x}${suffix}`);
  return [
    { name: "/api/v1", path: fc.constant("/api/v1"), params: {} },
    { name: "/api/v1/openapi.json", path: fc.constant("/api/v1/openapi.json"), params: {} },
    { name: "/api/v1/taxonomy", path: fc.constant("/api/v1/taxonomy"), params: {} },
    {
      name: "/api/v1/facilities",
      path: fc.constant("/api/v1/facilities"),
      params: {
        ...filters,
        near: nearValue,
        postcode,
        place: one("Utrecht", "Den Bosch", "Atlantis", "’s-Hertogenbosch"),
        open: one("now"),
        bbox: bboxValue,
        limit: one("1", "20", "100", "101", "0"),
        cursor: tamperedCursor(s.apiCursors),
        format: one("json", "geojson"),
      },
    },
    {
      name: "/api/v1/facilities/{slug}",
      path: at("/api/v1/facilities/", pathSegment(s.facilities)),
      params: { format: one("json", "geojson") },
    },
    {
      name: "/api/v1/clusters",
      path: fc.constant("/api/v1/clusters"),
      params: { ...filters, bbox: bboxValue, zoom: zoomValue },
    },
    {
      name: "/api/v1/services",
      path: fc.constant("/api/v1/services"),
      params: {
        postcode,
        gemeente: one("GM0344", "GM0363", "GM9999", "gm0344", "Utrecht"),
        service: codes(SERVICE_CODES),
        audience: codes(AUDIENCE_CODES),
        language: one("nl", "ar,tr"),
        cost: one("free", "paid,contribution"),
        access: one("walk_in", "referral"),
        radius_km: one("1", "5", "100", "101"),
        sort: one("area", "distance", "name", "organization"),
        limit: one("1", "25", "200"),
        format: one("json", "csv"),
      },
    },
    { name: "/api/v1/services/{id}", path: at("/api/v1/services/", pathSegment(s.services)), params: {} },
    { name: "/api/v1/areas/lookup", path: fc.constant("/api/v1/areas/lookup"), params: { postcode } },
    {
      name: "/api/v1/organizations",
      path: fc.constant("/api/v1/organizations"),
      params: { gemeente: one("GM0344", "GM9999"), limit: one("1", "20", "100"), cursor: tamperedCursor(s.orgCursors) },
    },
    { name: "/api/v1/organizations/{slug}", path: at("/api/v1/organizations/", pathSegment(s.orgs)), params: {} },
    {
      name: "/api/v1/<unknown>",
      path: fc.oneof(
        at("/api/v1/", pathSegment(["bestaat-niet", "facility", "v2"])),
        at("/api/v1/facilities/", pathSegment(s.facilities), "/x"),
        at("/api/v1/services/", pathSegment(s.services), "/y/z"),
      ),
      params: {},
    },
    { name: "/", path: fc.constant("/"), params: { lang: pageFilters.lang! } },
    {
      name: "/zoeken",
      path: fc.constant("/zoeken"),
      params: {
        ...pageFilters,
        q: one("3512", "Utrecht", "Den Bosch", "Atlantis", "3512 AB"),
        bij: nearValue,
        soort: codes(FACILITY_TYPES),
        open: one("nu"),
        rolstoel: one("ja"),
        na: tamperedCursor(s.pageCursors),
        kaart: mapViewValue,
        service: codes(SERVICE_CODES),
        postcode,
      },
    },
    {
      name: "/locaties/{slug}",
      path: at("/locaties/", pathSegment(s.facilities)),
      params: { lang: pageFilters.lang!, melding: one("ok", "fout", "te-veel") },
    },
    {
      name: "/organisaties/{slug}",
      path: at("/organisaties/", pathSegment(s.orgs)),
      params: { lang: pageFilters.lang! },
    },
    {
      name: "/verwijzen",
      path: fc.constant("/verwijzen"),
      params: {
        ...pageFilters,
        q: postcode,
        gemeente: one("GM0344", "GM9999", "Utrecht", "Den Bosch", "Atlantis"),
        toegang: one("walk_in", "referral"),
        straal: one("5", "100", "0"),
        sorteer: one("afstand", "naam", "werkgebied"),
        lijst: fc.subarray(s.sals).map((v) => v.join(",")),
      },
    },
    {
      name: "/verwijsbrief",
      path: fc.constant("/verwijsbrief"),
      params: { services: fc.subarray(s.sals, { minLength: 1 }).map((v) => v.join(",")), lang: pageFilters.lang! },
    },
    { name: "/b/{code}", path: at("/b/", pathSegment(s.codes)), params: {} },
    { name: "/privacy", path: fc.constant("/privacy"), params: { lang: pageFilters.lang! } },
    // Not public, but their dynamic segments are decoded before any sign-in check runs.
    {
      name: "/beheer/<dynamic>",
      path: fc
        .tuple(
          fc.constantFrom("/beheer/locaties/", "/beheer/diensten/", "/beheer/organisaties/"),
          pathSegment(s.services),
          fc.constantFrom("", "/geschiedenis", "/nieuwe-locatie"),
        )
        .map((p) => p.join("")),
      params: {},
    },
  ];
}

/** `arb` in one of `n` samples, else undefined. */
const sometimes = <T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** A query string: a few of the endpoint's parameters (mostly well-formed, so that one hostile value is not masked
 *  by another's 400), maybe an unknown one, maybe one repeated, maybe a raw escape that does not decode. */
function queryString(params: Params): fc.Arbitrary<string> {
  const keys = Object.keys(params);
  type Pair = readonly [string, string];
  const value = (k: string): fc.Arbitrary<Pair> =>
    fc
      .oneof({ weight: 4, arbitrary: params[k] ?? garbage }, { weight: 1, arbitrary: garbage })
      .map((v) => [k, v] as const);
  const none: fc.Arbitrary<Pair[]> = fc.constant([]);
  const chosen: fc.Arbitrary<Pair[]> = keys.length
    ? fc
        .shuffledSubarray(keys, { maxLength: Math.min(4, keys.length) })
        .chain((ks) => (ks.length ? fc.tuple(...ks.map(value)).map((t): Pair[] => [...t]) : none))
    : none;
  const extra = sometimes(
    fc.tuple(
      fc.oneof(fc.constantFrom("x", "lang", "format", "__proto__", "constructor", "", ...keys), garbage),
      garbage,
    ),
    5,
  );
  const repeat = sometimes(fc.integer({ min: 2, max: 40 }), 6);
  const broken = sometimes(fc.tuple(fc.nat(), fc.constantFrom(...BROKEN_ESCAPES)), 6);
  return fc.tuple(chosen, extra, repeat, broken).map(([pairs, ex, rep, br]) => {
    let list: Pair[] = [...pairs, ...(ex ? [ex] : [])];
    if (rep && list[0]) list = [...list, ...Array.from({ length: rep - 1 }, () => list[0]!)];
    const q = list.map(([k, v]) => `${pct(k)}=${pct(v)}`).join("&");
    if (!br) return q;
    const i = br[0] % (q.length + 1);
    return q.slice(0, i) + br[1] + q.slice(i);
  });
}

type Req = { name: string; url: string };

function requests(s: Seeds): fc.Arbitrary<Req> {
  return fc
    .oneof(
      ...endpoints(s).map((e) =>
        fc.tuple(e.path, queryString(e.params)).map(([p, q]) => ({ name: e.name, url: q ? `${p}?${q}` : p })),
      ),
    )
    .filter((r) => r.url.length <= MAX_URL);
}

type Failure = { name: string; url: string; status: number | string; detail: string };

/** The properties for one answer; a text naming what is wrong, or null. */
async function check(r: Req, res: Response): Promise<string | null> {
  const body = await res.text();
  if (res.status >= 500) return `${res.status} ${res.headers.get("content-type") ?? ""} ${body.slice(0, 120)}`;
  if (!r.url.startsWith("/api/") || res.status < 400) return null;
  const type = res.headers.get("content-type") ?? "";
  if (!type.startsWith("application/problem+json"))
    return `a ${res.status} as ${type || "no content type"}, not problem+json`;
  try {
    const p = JSON.parse(body) as { status?: unknown; title?: unknown; detail?: unknown };
    if (p.status !== res.status || typeof p.title !== "string" || typeof p.detail !== "string")
      return `problem without status/title/detail: ${body.slice(0, 120)}`;
  } catch {
    return `problem+json that is not JSON: ${body.slice(0, 120)}`;
  }
  return null;
}

async function runAll(list: Req[]): Promise<{ statuses: Map<number | string, number>; failures: Failure[] }> {
  const statuses = new Map<number | string, number>();
  const failures: Failure[] = [];
  let next = 0;
  const worker = async () => {
    for (let r = list[next++]; r; r = list[next++]) {
      let status: number | string;
      let problem: string | null;
      try {
        const get = () => fetch(base + r.url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
        // A keep-alive connection the server closed as the request went out ("other side closed", seen on a loaded
        // machine) is the transport's race, not the server's answer: send it once more on a new connection.
        const res = await get().catch((e: Error & { cause?: { code?: string } }) => {
          if (e.cause?.code === "UND_ERR_SOCKET") return get();
          throw e;
        });
        status = res.status;
        problem = await check(r, res);
      } catch (e) {
        status = "no answer";
        const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
        problem = `no answer: ${(e as Error).message} (${cause?.code ?? ""} ${cause?.message ?? ""})`;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (problem) failures.push({ name: r.name, url: r.url, status, detail: problem });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { statuses, failures };
}

describe("paths and API edges the security review reported", () => {
  it("answers a path whose percent-encoding does not decode with a 404: problem+json under /api, else the not-found page", async () => {
    const notFoundPage = await (await fetch(`${base}/locaties/bestaat-niet`)).text();
    const title = notFoundPage.match(/<h1[^>]*>[^<]*<\/h1>|<title>[^<]*<\/title>/)?.[0] ?? "";
    for (const path of [
      "/locaties/%ff",
      "/organisaties/%ed%a0%80",
      "/b/%ff",
      "/beheer/locaties/%e2%82",
      "/beheer/organisaties/%c0%af/nieuwe-locatie",
    ]) {
      const res = await fetch(base + path, { redirect: "manual" });
      expect([res.status, res.headers.get("content-type")], path).toEqual([404, "text/html; charset=utf-8"]);
      expect(await res.text(), path).toContain(title);
    }
    const api = [
      "/api/v1/facilities/%e2%82",
      "/api/v1/organizations/%ff",
      "/api/v1/services/%ed%a0%80",
      "/api/v1/facilities/%ff/opening-hours",
      "/api/v1/facilities/%ff/temporary-status",
      "/api/v1/facilities/%ff/reports",
    ];
    for (const [path, method] of api.flatMap((p) => ["GET", "PUT", "POST"].map((m) => [p, m] as const))) {
      const res = await fetch(base + path, { method, redirect: "manual" });
      expect([res.status, res.headers.get("content-type")], `${method} ${path}`).toEqual([
        404,
        "application/problem+json; charset=utf-8",
      ]);
      expect(await res.json()).toMatchObject({ status: 404, title: "Not found", detail: expect.any(String) });
    }
  });

  it("answers unknown /api paths with problem+json 404 for every method", async () => {
    for (const [path, method] of [
      ["/api/v1/bestaat-niet", "GET"],
      ["/api/v1/facilities/x/y/z", "POST"],
      ["/api/v2", "DELETE"],
      ["/api/v1/taxonomy/x", "PATCH"],
    ] as const) {
      const res = await fetch(base + path, { method });
      expect([res.status, res.headers.get("content-type")], `${method} ${path}`).toEqual([
        404,
        "application/problem+json; charset=utf-8",
      ]);
      expect(await res.json()).toMatchObject({
        status: 404,
        title: "Not found",
        detail: expect.stringContaining(`${method} ${path}`),
      });
    }
  });
});

describe("fuzzing every public GET endpoint and page", () => {
  it(`answers ${RUNS} hostile requests without a 5xx, and every API 4xx as problem+json`, async () => {
    const seeds = await collectSeeds();
    console.log(`fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${RUNS} requests, ${IN_FLIGHT} in flight`);
    const list = fc.sample(requests(seeds), { numRuns: RUNS, seed: SEED });
    const started = Date.now();
    const { statuses, failures } = await runAll(list);
    const counts = [...statuses]
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
      .map(([s, n]) => `${s}×${n}`)
      .join(", ");
    console.log(
      `fuzz: seed ${SEED}: ${list.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${counts}; ${failures.length} failing`,
    );
    const byKind = new Map<string, number>();
    for (const f of failures) byKind.set(`${f.name} → ${f.status}`, (byKind.get(`${f.name} → ${f.status}`) ?? 0) + 1);
    if (failures.length)
      console.log(`fuzz: failing by endpoint: ${[...byKind].map(([k, n]) => `${k} ×${n}`).join("; ")}`);
    // One example per endpoint and kind of failure, so a report stays readable.
    const examples = new Map<string, Failure>();
    for (const f of failures)
      examples.set(`${f.name} ${f.detail.slice(0, 40)}`, examples.get(`${f.name} ${f.detail.slice(0, 40)}`) ?? f);
    const report = [...examples.values()]
      .slice(0, 40)
      .map((f) => `${f.name}: GET ${f.url.slice(0, 1000)} → ${f.detail}`);
    expect(report, `seed ${SEED}: ${failures.length} of ${list.length} requests failed`).toEqual([]);
  }, 900_000);
});
