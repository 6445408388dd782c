import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { closeDb } from "@/lib/db";
import { createApiToken, revokeApiToken } from "@/lib/server/accounts/api-tokens";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// The write API over its real route handlers and a real PostgreSQL (a scratch copy of the demo data): tokens,
// If-Match/ETag, 412 on a stale write, 428 without If-Match, problem+json on bad input, moderation (202), and the
// authorisation matrix for tokens.

let w: EditWorld;
let bigToken = "";
let otherToken = "";
let revokedToken = "";
let routes: {
  facility: typeof import("@/app/api/v1/facilities/[slug]/route");
  hours: typeof import("@/app/api/v1/facilities/[slug]/opening-hours/route");
  temp: typeof import("@/app/api/v1/facilities/[slug]/temporary-status/route");
  service: typeof import("@/app/api/v1/services/[id]/route");
  org: typeof import("@/app/api/v1/organizations/[slug]/route");
};
let slugs: { big: string; dorp: string; bigOrg: string; otherOrg: string };

beforeAll(async () => {
  w = await createEditWorld("writeapi");
  await closeDb();
  process.env.DATABASE_URL = w.url; // the route handlers' database
  routes = {
    facility: await import("@/app/api/v1/facilities/[slug]/route"),
    hours: await import("@/app/api/v1/facilities/[slug]/opening-hours/route"),
    temp: await import("@/app/api/v1/facilities/[slug]/temporary-status/route"),
    service: await import("@/app/api/v1/services/[id]/route"),
    org: await import("@/app/api/v1/organizations/[slug]/route"),
  };
  bigToken = (await createApiToken(w.db, w.actors.orgAdmin, w.bigOrg, { name: "Ons CRM" })).token;
  otherToken = (await createApiToken(w.db, w.actors.admin, w.otherOrg, { name: "Ander CRM" })).token;
  const revoked = await createApiToken(w.db, w.actors.orgAdmin, w.bigOrg, { name: "Oud" });
  await revokeApiToken(w.db, w.actors.orgAdmin, revoked.id);
  revokedToken = revoked.token;
  const slug = async (table: string, id: string) =>
    (await w.pool.query(`SELECT slug FROM ${table} WHERE id = $1`, [id])).rows[0].slug as string;
  slugs = {
    big: await slug("facility", w.bigFacility),
    dorp: await slug("facility", w.dorpFacility),
    bigOrg: await slug("organization", w.bigOrg),
    otherOrg: await slug("organization", w.otherOrg),
  };
}, 120_000);

afterAll(async () => {
  await closeDb();
  await w?.drop();
});

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function send(
  handler: Handler,
  params: Record<string, string>,
  init: { method: string; token?: string; ifMatch?: string; body?: unknown; contentType?: string },
) {
  const headers: Record<string, string> = { "content-type": init.contentType ?? "application/json" };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.ifMatch) headers["if-match"] = init.ifMatch;
  const req = new Request("http://localhost/api/v1/x", {
    method: init.method,
    headers,
    body: typeof init.body === "string" ? init.body : JSON.stringify(init.body ?? {}),
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    etag: res.headers.get("etag"),
    body: (await res.json()) as Record<string, unknown>,
  };
}

const getEtag = async (slug: string) => {
  const res = await (routes.facility.GET as unknown as Handler)(
    new Request(`http://localhost/api/v1/facilities/${slug}`),
    { params: Promise.resolve({ slug }) },
  );
  return res.headers.get("etag") ?? "";
};
const version = async (table: string, id: string) =>
  (await w.pool.query(`SELECT version FROM ${table} WHERE id = $1`, [id])).rows[0].version as number;

describe("write API", () => {
  it("changes a facility with If-Match and answers the new ETag; the public GET shows it", async () => {
    const tag = await getEtag(slugs.big);
    expect(tag).toMatch(/^"v\d+"$/);
    const r = await send(
      routes.facility.PATCH as unknown as Handler,
      { slug: slugs.big },
      {
        method: "PATCH",
        token: bigToken,
        ifMatch: tag,
        body: { phone: "030 765 43 21", opening_hours: "Mo-Fr 09:00-12:00; PH off" },
      },
    );
    expect(r).toMatchObject({ status: 200, body: { status: "applied" } });
    expect(r.etag).toBe(`"v${Number(tag.slice(2, -1)) + 1}"`);
    expect(await getEtag(slugs.big)).toBe(r.etag);
    const h = await w.db.revision.findFirstOrThrow({ where: { entityId: w.bigFacility }, orderBy: { id: "desc" } });
    expect(h.actorLabel).toContain("Ons CRM");
  });

  it("answers 412 with what changed when the version is stale, and writes nothing", async () => {
    const old = await getEtag(slugs.big);
    await send(
      routes.facility.PATCH as unknown as Handler,
      { slug: slugs.big },
      { method: "PATCH", token: bigToken, ifMatch: old, body: { name: "Buurthuis Eerst" } },
    );
    const r = await send(
      routes.facility.PATCH as unknown as Handler,
      { slug: slugs.big },
      { method: "PATCH", token: bigToken, ifMatch: old, body: { phone: "030 000 00 00" } },
    );
    expect(r.status).toBe(412);
    expect(r.type).toContain("application/problem+json");
    expect(r.body.changed_since).toEqual([{ field: "name", before: expect.any(String), after: "Buurthuis Eerst" }]);
    expect((await w.pool.query("SELECT phone FROM facility WHERE id = $1", [w.bigFacility])).rows[0].phone).not.toBe(
      "030 000 00 00",
    );
  });

  it("needs If-Match (428), JSON (415), and a valid body (400 problem+json naming the field)", async () => {
    const p = { slug: slugs.big };
    const patch = routes.facility.PATCH as unknown as Handler;
    expect((await send(patch, p, { method: "PATCH", token: bigToken, body: { phone: "030 1" } })).status).toBe(428);
    expect(
      (
        await send(patch, p, {
          method: "PATCH",
          token: bigToken,
          ifMatch: '"v1"',
          body: "phone=1",
          contentType: "text/plain",
        })
      ).status,
    ).toBe(415);
    const tag = await getEtag(slugs.big);
    const bad = await send(patch, p, {
      method: "PATCH",
      token: bigToken,
      ifMatch: tag,
      body: { opening_hours: "open als de zon schijnt", colour: "red" },
    });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain("application/problem+json");
    expect(JSON.stringify(bad.body.errors)).toContain("opening_hours");
    expect(JSON.stringify(bad.body.errors)).toContain("colour");
    expect(JSON.stringify(bad.body)).not.toContain("¦"); // English only
    expect(
      (await send(patch, { slug: "bestaat-niet" }, { method: "PATCH", token: bigToken, ifMatch: tag, body: {} }))
        .status,
    ).toBe(404);
  });

  it("queues a change of an organisation that does not publish directly (202)", async () => {
    await w.pool.query("UPDATE organization SET publishes_directly = false WHERE id = $1", [w.bigOrg]);
    const tag = await getEtag(slugs.big);
    const r = await send(
      routes.hours.PUT as unknown as Handler,
      { slug: slugs.big },
      { method: "PUT", token: bigToken, ifMatch: tag, body: { opening_hours: "Sa 10:00-12:00" } },
    );
    expect(r).toMatchObject({ status: 202, body: { status: "pending" } });
    expect(
      await w.db.changeRequest.count({ where: { id: r.body.change_request_id as string, status: "pending" } }),
    ).toBe(1);
    await w.pool.query("UPDATE organization SET publishes_directly = true WHERE id = $1", [w.bigOrg]);
  });

  it("authorisation matrix for tokens × every write endpoint", async () => {
    const cases: { name: string; run: (token?: string) => Promise<number> }[] = [
      {
        name: "PATCH own facility",
        run: async (t) =>
          (
            await send(
              routes.facility.PATCH as unknown as Handler,
              { slug: slugs.big },
              {
                method: "PATCH",
                token: t,
                ifMatch: await getEtag(slugs.big),
                body: { description: `x${Math.random()}` },
              },
            )
          ).status,
      },
      {
        name: "PATCH other facility",
        run: async (t) =>
          (
            await send(
              routes.facility.PATCH as unknown as Handler,
              { slug: slugs.dorp },
              {
                method: "PATCH",
                token: t,
                ifMatch: await getEtag(slugs.dorp),
                body: { description: `x${Math.random()}` },
              },
            )
          ).status,
      },
      {
        name: "PUT opening hours",
        run: async (t) =>
          (
            await send(
              routes.hours.PUT as unknown as Handler,
              { slug: slugs.big },
              {
                method: "PUT",
                token: t,
                ifMatch: await getEtag(slugs.big),
                body: { opening_hours: `Mo 09:00-1${Math.floor(Math.random() * 9)}:00` },
              },
            )
          ).status,
      },
      {
        name: "PUT temporary status",
        run: async (t) =>
          (
            await send(
              routes.temp.PUT as unknown as Handler,
              { slug: slugs.big },
              { method: "PUT", token: t, body: { state: "closed", reason: "Storing" } },
            )
          ).status,
      },
      {
        name: "PATCH service",
        run: async (t) =>
          (
            await send(
              routes.service.PATCH as unknown as Handler,
              { id: w.bigService },
              {
                method: "PATCH",
                token: t,
                ifMatch: `"v${await version("service", w.bigService)}"`,
                body: { description: `x${Math.random()}` },
              },
            )
          ).status,
      },
      {
        name: "PATCH organisation",
        run: async (t) =>
          (
            await send(
              routes.org.PATCH as unknown as Handler,
              { slug: slugs.bigOrg },
              {
                method: "PATCH",
                token: t,
                ifMatch: `"v${await version("organization", w.bigOrg)}"`,
                body: { description: `x${Math.random()}` },
              },
            )
          ).status,
      },
    ];
    const tokens = {
      none: undefined,
      garbage: "bw_not-a-real-token-at-all-000",
      revoked: revokedToken,
      other: otherToken,
      own: bigToken,
    };
    const got: Record<string, Record<string, number>> = {};
    for (const [who, token] of Object.entries(tokens)) {
      got[who] = {};
      for (const c of cases) got[who]![c.name] = await c.run(token);
    }
    const all = (n: number) => Object.fromEntries(cases.map((c) => [c.name, n]));
    expect(got).toEqual({
      none: all(401),
      garbage: all(401),
      revoked: all(401),
      other: all(403),
      own: { ...all(200), "PATCH other facility": 403 },
    });
  });

  it("a token can be revoked only by its own organisation's admins (others get 404)", async () => {
    const t = await createApiToken(w.db, w.actors.orgAdmin, w.bigOrg, { name: "Tijdelijk" });
    await expect(revokeApiToken(w.db, w.actors.editor, t.id)).rejects.toMatchObject({ status: 404 });
    await expect(revokeApiToken(w.db, w.actors.otherEditor, t.id)).rejects.toMatchObject({ status: 404 });
    await expect(createApiToken(w.db, w.actors.editor, w.bigOrg, { name: "Mag niet" })).rejects.toMatchObject({
      status: 403,
    });
    await revokeApiToken(w.db, w.actors.orgAdmin, t.id);
    const r = await send(
      routes.temp.PUT as unknown as Handler,
      { slug: slugs.big },
      { method: "PUT", token: t.token, body: { state: "none", reason: "" } },
    );
    expect(r.status).toBe(401);
  });
});
