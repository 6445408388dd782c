import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { closeDb } from "@/lib/db";
import { createApiToken } from "@/lib/server/accounts/api-tokens";

import { call } from "../support/api";
import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// Issue 16 over the real route handlers: an organisation's API token adds "repair café, elke 1e en 3e dinsdag
// 13–17 uur" to a facility (a bad RRULE is a 400 naming the part), GET /api/v1/activities finds it near the facility
// on exactly those days with the Dutch offset, a cancelled date stays in the answer marked, paging by cursor, a
// deleted one is gone; an untrusted organisation's addition waits for a moderator; bad queries are 400s.

let w: EditWorld;
let trusted = "";
let untrusted = "";
let slug = "";
let near = "";
let otherSlug = "";
let routes: {
  list: typeof import("@/app/api/v1/facilities/[slug]/activities/route");
  one: typeof import("@/app/api/v1/facilities/[slug]/activities/[id]/route");
};

beforeAll(async () => {
  w = await createEditWorld("activitiesapi");
  await closeDb();
  process.env.DATABASE_URL = w.url;
  routes = {
    list: await import("@/app/api/v1/facilities/[slug]/activities/route"),
    one: await import("@/app/api/v1/facilities/[slug]/activities/[id]/route"),
  };
  trusted = (await createApiToken(w.db, w.actors.orgAdmin, w.bigOrg, { name: "CRM" })).token;
  untrusted = (await createApiToken(w.db, w.actors.admin, w.otherOrg, { name: "Ander" })).token;
  const f = (await w.pool.query("SELECT slug, lat, lng FROM facility WHERE id = $1", [w.bigFacility])).rows[0];
  slug = f.slug;
  near = `${f.lat},${f.lng}`;
  otherSlug = (await w.pool.query("SELECT slug FROM facility WHERE operator_id = $1 LIMIT 1", [w.otherOrg])).rows[0]
    .slug;
}, 120_000);

afterAll(async () => {
  await closeDb();
  await w?.drop();
});

type Body = {
  id: string;
  status?: string;
  data: { id: string }[];
  errors: { parameter: string; detail: string }[];
};
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function send(handler: unknown, params: Record<string, string>, method: string, token: string, body?: unknown) {
  const req = new Request("http://localhost/api/v1/x", {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const res = await (handler as Handler)(req, { params: Promise.resolve(params) });
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: (await res.json()) as Body };
}

const REPAIR = {
  name: "Repair café De Schroevendraaier",
  kind: "repair-cafe",
  rrule: "FREQ=MONTHLY;BYDAY=1TU,3TU",
  start_time: "13:00",
  end_time: "17:00",
  valid_from: "2026-12-01",
  cost: "contribution",
  cost_text: "Vrijwillige bijdrage",
};

type Occ = { activity_id: string; start: string; end: string; cancelled: boolean; reason: string | null };
const occurrences = async (query: string) => {
  const r = await call(`/api/v1/activities?near=${near}&radius_km=1&${query}`);
  return r as { status: number; cache: string; body: { data: Occ[]; next_cursor: string | null } };
};

describe("activities over the API", () => {
  it("refuses a bad RRULE with a 400 that names the part", async () => {
    const r = await send(routes.list.POST, { slug }, "POST", trusted, { ...REPAIR, rrule: "FREQ=MONTHLY;BYSETPOS=1" });
    expect(r.status).toBe(400);
    expect(r.type).toContain("application/problem+json");
    expect(r.body.errors[0]).toMatchObject({ parameter: "rrule" });
    expect(r.body.errors[0]?.detail).toMatch(/^BYSETPOS: /);
    const organiser = await send(routes.list.POST, { slug }, "POST", trusted, {
      ...REPAIR,
      organiser_id: "0b8a3c1e-2f4d-4e6a-9b1c-3d5e7f9a1b2c",
    });
    expect(organiser.status).toBe(400);
    const late = await send(routes.list.POST, { slug }, "POST", trusted, { ...REPAIR, end_time: "12:00" });
    expect(late.status).toBe(400);
    expect(late.body.errors[0]).toMatchObject({ parameter: "end_time" });
  });

  it("adds, finds on the right days, cancels one date, pages, and deletes", async () => {
    const added = await send(routes.list.POST, { slug }, "POST", trusted, REPAIR);
    expect(added.status).toBe(201);
    const id = added.body.id;
    const listed = await send(routes.list.GET, { slug }, "GET", trusted);
    expect(listed.body.data.map((a) => a.id)).toContain(id);

    const dec = await occurrences("from=2026-12-01&to=2026-12-31&kind=repair-cafe&limit=100");
    expect(dec.status).toBe(200);
    expect(dec.cache).toContain("s-maxage");
    const mine = dec.body.data.filter((o) => o.activity_id === id);
    expect(mine.map((o) => [o.start, o.end])).toEqual([
      ["2026-12-01T13:00:00+01:00", "2026-12-01T17:00:00+01:00"],
      ["2026-12-15T13:00:00+01:00", "2026-12-15T17:00:00+01:00"],
    ]);
    const second = await occurrences("from=2026-12-08&kind=repair-cafe&limit=100");
    expect(second.body.data.some((o) => o.activity_id === id)).toBe(false);

    const patched = await send(routes.one.PATCH, { slug, id }, "PATCH", trusted, {
      exceptions: [{ date: "2026-12-15", kind: "cancelled", reason: "Kerstmarkt in de zaal" }],
    });
    expect(patched.status).toBe(200);
    const after = (await occurrences("from=2026-12-15&kind=repair-cafe&limit=100")).body.data.find(
      (o) => o.activity_id === id,
    );
    expect(after).toMatchObject({ cancelled: true, reason: "Kerstmarkt in de zaal" });

    // Summer time: the offset follows the date.
    const june = (await occurrences("from=2027-06-01&to=2027-06-30&kind=repair-cafe&limit=100")).body.data.filter(
      (o) => o.activity_id === id,
    );
    expect(june.map((o) => o.start)).toEqual(["2027-06-01T13:00:00+02:00", "2027-06-15T13:00:00+02:00"]);

    // Paging: every date once, in order.
    const all = (await occurrences("from=2026-12-01&to=2026-12-31&limit=100")).body.data;
    const seen: Occ[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await occurrences(`from=2026-12-01&to=2026-12-31&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.body.data);
      cursor = page.body.next_cursor;
    }
    expect(seen.map((o) => `${o.activity_id} ${o.start}`)).toEqual(all.map((o) => `${o.activity_id} ${o.start}`));
    expect([...seen].sort((a, b) => a.start.localeCompare(b.start)).map((o) => o.start)).toEqual(
      seen.map((o) => o.start),
    );

    const revision = await w.pool.query(
      "SELECT after FROM revision WHERE entity_type = 'facility' AND entity_id = $1 ORDER BY id DESC LIMIT 1",
      [w.bigFacility],
    );
    expect(revision.rows[0].after.activities.find((a: { id: string }) => a.id === id).exceptions).toHaveLength(1);

    const gone = await send(routes.one.DELETE, { slug, id }, "DELETE", trusted);
    expect(gone.status).toBe(200);
    const none = await occurrences("from=2026-12-01&to=2026-12-31&kind=repair-cafe&limit=100");
    expect(none.body.data.some((o) => o.activity_id === id)).toBe(false);
    expect((await send(routes.one.GET, { slug, id }, "GET", trusted)).status).toBe(404);
  });

  it("a stale save of a facility with a programme names only what the other person changed", async () => {
    const facility = (await import("@/app/api/v1/facilities/[slug]/route")) as { GET: unknown; PATCH: unknown };
    await send(routes.list.POST, { slug }, "POST", trusted, { ...REPAIR, name: "Taalcafé De Lier" });
    const etagOf = async () => {
      const req = new Request(`http://localhost/api/v1/facilities/${slug}`);
      const res = await (facility.GET as Handler)(req, { params: Promise.resolve({ slug }) });
      return res.headers.get("etag") ?? "";
    };
    const seen = await etagOf();
    const patch = async (ifMatch: string, body: unknown) => {
      const req = new Request("http://localhost/api/v1/x", {
        method: "PATCH",
        headers: { "content-type": "application/json", authorization: `Bearer ${trusted}`, "if-match": ifMatch },
        body: JSON.stringify(body),
      });
      const res = await (facility.PATCH as Handler)(req, { params: Promise.resolve({ slug }) });
      return { status: res.status, body: (await res.json()) as { changed_since?: { field: string }[] } };
    };
    expect((await patch(seen, { phone: "0575 123 456" })).status).toBe(200);
    const stale = await patch(seen, { name: "Buurthuis De Lier" });
    expect(stale.status).toBe(412);
    expect(stale.body.changed_since?.map((c) => c.field)).toEqual(["phone"]);
    // Another facility's activity cannot be taken over by naming its id.
    const other = await w.db.activity.create({
      data: {
        facilityId: w.dorpFacility,
        name: "Koor",
        kind: "creatief",
        freq: "weekly",
        weekdays: 1,
        startMinute: 600,
        endMinute: 660,
        validFrom: new Date("2026-09-01T00:00:00Z"),
      },
    });
    const taken = await patch(await etagOf(), { activities: [{ ...REPAIR, id: other.id }] });
    expect(taken.status).toBe(400);
    expect((await w.db.activity.findUnique({ where: { id: other.id } }))?.facilityId).toBe(w.dorpFacility);
  });

  it("an untrusted organisation's new activity waits for a moderator; another organisation's facility is refused", async () => {
    const r = await send(routes.list.POST, { slug: otherSlug }, "POST", untrusted, REPAIR);
    expect(r.status).toBe(202);
    expect(r.body.status).toBe("pending");
    const rows = await w.pool.query("SELECT 1 FROM activity WHERE id = $1", [r.body.id]);
    expect(rows.rowCount).toBe(0);
    const foreign = await send(routes.list.POST, { slug }, "POST", untrusted, REPAIR);
    expect(foreign.status).toBe(403);
  });

  it("answers bad questions with a 400 that says what is wrong", async () => {
    for (const [q, parameter] of [
      ["from=2026-12-01", "near"],
      [`near=${near}&from=2026-02-30`, "from"],
      [`near=${near}&from=2026-12-01&to=2027-03-01`, "to"],
      [`near=${near}&kind=bingo`, "kind"],
      [`near=${near}&radius_km=90`, "radius_km"],
      [`near=${near}&cursor=abc`, "cursor"],
      [`near=${near}&from=2026-13-01`, "from"],
      [`near=${near}&from=0000-01-01`, "from"],
      [
        `near=${near}&cursor=${Buffer.from(JSON.stringify({ t: -9e15, d: 0, id: "0b8a3c1e-2f4d-4e6a-9b1c-3d5e7f9a1b2c" })).toString("base64url")}`,
        "cursor",
      ],
    ] as const) {
      const r = (await call(`/api/v1/activities?${q}`)) as {
        status: number;
        body: { errors: { parameter: string }[] };
      };
      expect(r.status, q).toBe(400);
      expect(r.body.errors[0]?.parameter, q).toBe(parameter);
    }
  });
});
