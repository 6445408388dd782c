import net from "node:net";
import { describe, expect, it } from "vitest";

import { startAppOnce } from "../support/app-browser";
import { appDatabase } from "../support/app-server";

// `npm start` as a newcomer runs it: no DATABASE_URL, so it starts its own embedded PostgreSQL in an empty folder,
// migrates, loads the demo data, builds when needed and serves the production app.

const e2e = startAppOnce();

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const s = net.connect({ port, host: "127.0.0.1" });
    s.once("connect", () => (s.destroy(), done(true)));
    s.once("error", () => done(false));
  });

describe("npm start on a fresh database", () => {
  it("serves / with the number of facilities and organisations in the database", async () => {
    const db = await appDatabase(e2e.app);
    const { rows } = await db.query<{ f: number; o: number }>(
      "SELECT (SELECT count(*)::int FROM facility WHERE status <> 'closed') AS f, (SELECT count(*)::int FROM organization) AS o",
    );
    await db.end();
    expect(rows[0]!.f).toBeGreaterThan(5000);
    const html = await (await fetch(`${e2e.app.base}/`)).text();
    const nl = new Intl.NumberFormat("nl-NL");
    expect(html).toContain(`data-testid="facility-count">${nl.format(rows[0]!.f)}<`);
    expect(html).toContain(`data-testid="organization-count">${nl.format(rows[0]!.o)}<`);
    expect(html).toContain('lang="nl"');
  });

  it("serves the API over HTTP with CDN cache headers, and problem+json on bad input", async () => {
    const ok = await fetch(`${e2e.app.base}/api/v1/facilities?postcode=3512&service=schuldhulp&limit=10`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toMatch(/public, max-age=\d+, s-maxage=\d+/);
    expect(((await ok.json()) as { data: unknown[] }).data).toHaveLength(10);
    const bad = await fetch(`${e2e.app.base}/api/v1/facilities?limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(bad.headers.get("cache-control")).toBe("no-store");
  });

  it("serves the resident search without JavaScript: results, paging, errors, language", async () => {
    const html = await (await fetch(`${e2e.app.base}/zoeken?q=3512&dienst=schuldhulp`)).text();
    expect(html).toContain("dichtbij 3512 Utrecht");
    const cards = html.match(/<li class="card" data-id="/g) ?? [];
    expect(cards).toHaveLength(20);
    const links = [...html.matchAll(/<h3><a href="(\/locaties\/[a-z0-9-]+)(?:\?[^"]*)?">/g)].map((m) => m[1]);
    expect(links).toHaveLength(20);
    const next = html.match(/href="(\/zoeken\?[^"]*na=[^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
    expect(next).toBeTruthy();
    const page2 = await (await fetch(`${e2e.app.base}${next}`)).text();
    const links2 = [...page2.matchAll(/<h3><a href="(\/locaties\/[a-z0-9-]+)(?:\?[^"]*)?">/g)].map((m) => m[1]);
    expect(links2.length).toBeGreaterThan(0);
    expect(links2.filter((l) => links.includes(l))).toEqual([]);

    const unknown = await (await fetch(`${e2e.app.base}/zoeken?q=Atlantis`)).text();
    expect(unknown).toContain('role="alert"');
    expect(unknown).toContain("niet als postcode of plaats");

    const english = await (await fetch(`${e2e.app.base}/zoeken?q=Utrecht&dienst=schuldhulp&lang=en`)).text();
    expect(english).toContain('lang="en"');
    expect(english).toContain("near Utrecht");
  });

  it("serves complete facility and organisation pages, and 404 for unknown ones", async () => {
    const html = await (await fetch(`${e2e.app.base}/zoeken?q=3512&dienst=schuldhulp`)).text();
    const href = html.match(/<h3><a href="(\/locaties\/[a-z0-9-]+)(?:\?[^"]*)?">([^<]+)</);
    expect(href).toBeTruthy();
    const page = await (await fetch(`${e2e.app.base}${href![1]}`)).text();
    expect(page).toContain(`<h1>${href![2]}</h1>`);
    expect(page).toMatch(/href="geo:\d+\.\d+,\d+\.\d+"/);
    expect(page).toContain("https://www.openstreetmap.org/directions?to=");
    expect(page).toContain('"@type":"CivicStructure"');
    expect(page).toMatch(/<tr class="today" aria-current="date">/); // this week's hours, today marked
    // Share: the link (on the configured address, which npm start's demo sets to localhost), WhatsApp and a QR code
    // made on the server.
    expect(page).toContain(`value="http://localhost:${new URL(e2e.app.base).port}${href![1]}"`);
    expect(page).toContain(`https://wa.me/?text=`);
    expect(page).toMatch(/role="img" aria-label="QR-code[^"]*"><svg/);
    expect(page).toContain("<li>Schuldhulp</li>"); // the service the search asked for is on the page
    const org = page.match(/href="(\/organisaties\/[a-z0-9-]+)"/)?.[1];
    expect(org).toBeTruthy();
    const orgPage = await (await fetch(`${e2e.app.base}${org}`)).text();
    expect(orgPage).toContain("Werkgebied");
    expect(orgPage).toMatch(/<a href="\/locaties\/[a-z0-9-]+">/);
    expect((await fetch(`${e2e.app.base}/locaties/bestaat-niet`)).status).toBe(404);
    expect((await fetch(`${e2e.app.base}/organisaties/bestaat-niet`)).status).toBe(404);
  });

  it("stops the embedded database when it stops", async () => {
    process.kill(-e2e.app.process.pid!, "SIGTERM");
    await new Promise((r) => e2e.app.process.once("exit", r));
    for (let i = 0; i < 40 && (await portOpen(e2e.app.pgPort)); i++) await new Promise((r) => setTimeout(r, 250));
    expect(await portOpen(e2e.app.pgPort)).toBe(false);
  }, 30_000);
});
