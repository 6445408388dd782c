import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo/accounts";

import { startAppAndBrowser } from "../support/app-browser";
import { cspViolations, violations } from "../support/browser";
import { readOutbox } from "../support/outbox";

// The member area in a real Chromium against `npm start` (production build, embedded PostgreSQL, demo data):
// an editor changes opening hours and the public page shows them; "vandaag gesloten" appears and expires; a
// moderator approves a new dorpshuis and undoes a change; a stale edit gets the conflict screen; a visitor's report
// reaches the dashboard; the password can be reset through the mail outbox; axe finds nothing on any /beheer page.

const outbox = mkdtempSync(join(tmpdir(), "buurtwijzer-outbox-"));
process.env.MAIL_OUTBOX_DIR = outbox; // before the app starts; readOutbox reads it here too
const e2e = startAppAndBrowser({ db: true });
let bigOrg = "";
let facility = { id: "", slug: "" };
let second = { id: "", slug: "" };
let service = { id: "", name: "" };

beforeAll(async () => {
  bigOrg = (await e2e.db.query("SELECT organization_id FROM membership WHERE user_id = $1", [DEMO_USERS.editor.id]))
    .rows[0].organization_id;
  const rows = (
    await e2e.db.query(
      "SELECT id, slug FROM facility WHERE operator_id = $1 AND status = 'active' ORDER BY slug LIMIT 2",
      [bigOrg],
    )
  ).rows;
  facility = rows[0];
  second = rows[1];
  service = (
    await e2e.db.query("SELECT id, name FROM service WHERE organization_id = $1 ORDER BY name, id LIMIT 1", [bigOrg])
  ).rows[0];
}, 330_000);

afterAll(() => rmSync(outbox, { recursive: true, force: true }));

async function signedIn(
  email: string,
  password = DEMO_PASSWORD,
  javaScriptEnabled = true,
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await e2e.browser.newContext({ viewport: { width: 1100, height: 900 }, javaScriptEnabled });
  const page = await ctx.newPage();
  await page.goto(`${e2e.app.base}/beheer`);
  expect(page.url()).toContain("/beheer/inloggen?terug=%2Fbeheer");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await Promise.all([
    page.waitForURL(`${e2e.app.base}/beheer`),
    page.getByRole("button", { name: "Inloggen" }).click(),
  ]);
  return { ctx, page };
}

async function publicText(slug: string): Promise<string> {
  const res = await fetch(`${e2e.app.base}/locaties/${slug}`);
  return (await res.text()).replace(/<[^>]+>/g, " ");
}

describe("member area in Chromium", () => {
  it("refuses a wrong password without saying whether the account exists, and sets a safe session cookie", async () => {
    const ctx = await e2e.browser.newContext();
    const page = await ctx.newPage();
    const texts: string[] = [];
    for (const email of [DEMO_USERS.editor.email, "niemand@example.org"]) {
      await page.goto(`${e2e.app.base}/beheer/inloggen`);
      await page.getByLabel("E-mailadres").fill(email);
      await page.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
      await Promise.all([page.waitForURL(/fout=1/), page.getByRole("button", { name: "Inloggen" }).click()]);
      texts.push((await page.locator("main [role=alert]").textContent()) ?? "");
    }
    expect(texts[0]).toBe(texts[1]);
    expect(await ctx.cookies()).toEqual([]);
    await ctx.close();
    const { ctx: ok } = await signedIn(DEMO_USERS.editor.email);
    const session = (await ok.cookies()).find((c) => c.name.includes("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await ok.close();
  });

  it("an editor changes the opening hours with the week schedule and the public page shows them", async () => {
    const { ctx, page } = await signedIn(DEMO_USERS.editor.email);
    const csp = cspViolations(page);
    const res = await page.goto(`${e2e.app.base}/beheer/locaties/${facility.id}`);
    // A fresh nonce per request, and the page still works under it (the week schedule needs its scripts).
    const policy = res?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toBe((await fetch(`${e2e.app.base}/beheer/inloggen`)).headers.get("content-security-policy"));
    await page.locator("#opening_hours").fill("");
    await page.getByLabel("maandag 1: van").fill("10:15");
    await page.getByLabel("maandag 1: tot").fill("11:45");
    await page.getByLabel("woensdag 1: van").fill("13:00");
    await page.getByLabel("woensdag 1: tot").fill("16:30");
    await page.getByLabel("Gesloten op feestdagen").check();
    expect(await page.locator("#opening_hours").inputValue()).toBe("Mo 10:15-11:45; We 13:00-16:30; PH off");
    // A dated exception: closed on one day.
    await page.getByRole("button", { name: "Uitzondering toevoegen" }).click();
    await page.getByLabel("Uitzonderingen 1: datum").fill("2026-12-28");
    expect(await page.locator("#opening_hours").inputValue()).toBe(
      "Mo 10:15-11:45; We 13:00-16:30; PH off; 2026 Dec 28 off",
    );
    expect(await page.locator("[aria-live=polite]").textContent()).toContain("maandag 28 december 2026: gesloten");
    expect(await page.locator("[aria-live=polite]").textContent()).toContain("maandag 10:15–11:45");
    await Promise.all([
      page.waitForURL(/resultaat=applied/),
      page.getByRole("button", { name: "Opslaan" }).last().click(),
    ]);
    await expect.poll(() => page.locator("main [role=status]").textContent()).toContain("staat online");
    const text = await publicText(facility.slug);
    expect(text).toContain("10:15–11:45");
    expect(text).toContain("13:00–16:30");
    expect(csp).toEqual([]);
    await ctx.close();
  });

  it("an editor drags the facility's pin on the small map, and the new position is saved", async () => {
    const { ctx, page } = await signedIn(DEMO_USERS.editor.email);
    await page.goto(`${e2e.app.base}/beheer/locaties/${facility.id}`);
    const before = Number(await page.locator("#lat").inputValue());
    const pin = page.locator(".picker-map .leaflet-marker-icon");
    await pin.waitFor();
    await pin.scrollIntoViewIfNeeded();
    const box = (await pin.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => Number(await page.locator("#lat").inputValue())).toBeGreaterThan(before);
    const moved = Number(await page.locator("#lat").inputValue());
    await Promise.all([
      page.waitForURL(/resultaat=applied/),
      page.getByRole("button", { name: "Opslaan" }).last().click(),
    ]);
    const {
      rows: [row],
    } = await e2e.db.query("SELECT lat FROM facility WHERE id = $1", [facility.id]);
    expect(row.lat).toBeCloseTo(moved, 6);
    await ctx.close();
  });

  it("refuses bad opening hours with the error next to the field, keeping what was typed", async () => {
    const { ctx, page } = await signedIn(DEMO_USERS.editor.email);
    await page.goto(`${e2e.app.base}/beheer/locaties/${facility.id}`);
    await page.locator("#opening_hours").fill("maandag 9 tot 5");
    await page.locator("#phone").fill("030 999 88 77");
    await page.getByRole("button", { name: "Opslaan" }).last().click();
    await expect.poll(() => page.locator("#opening_hours-error").textContent()).toContain("OSM-notatie");
    expect(await page.locator("#opening_hours").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#phone").inputValue()).toBe("030 999 88 77");
    expect(await violations(page)).toEqual([]);
    await ctx.close();
  });

  it("shows a form's message only when one of our actions wrote it, not text from anyone's link", async () => {
    const { ctx, page } = await signedIn(DEMO_USERS.editor.email);
    const bait = "Uw account is geblokkeerd. Bel 0900-1234 om het te herstellen.";
    for (const path of ["/beheer", `/beheer/locaties/${facility.id}`, "/beheer/moderatie", "/beheer/lijsten"]) {
      await page.goto(`${e2e.app.base}${path}?fout=${encodeURIComponent(bait)}`);
      expect(await page.locator("main").textContent(), path).not.toContain("0900-1234");
    }
    // A real refusal still says why: "Vandaag anders open?" sent with nothing chosen (the browser's own check taken
    // away, as an old browser would) comes back with its code, which the page words.
    await page.goto(`${e2e.app.base}/beheer/locaties/${facility.id}`);
    expect(await page.locator(".problem").count()).toBe(0);
    await page.evaluate(() =>
      document.querySelectorAll("input[name=state]").forEach((e) => e.removeAttribute("required")),
    );
    await Promise.all([page.waitForURL(/fout=invalid/), page.getByRole("button", { name: "Opslaan" }).first().click()]);
    expect((await page.locator("p.problem").textContent())?.length).toBeGreaterThan(5);
    await ctx.close();
  });

  it("'vandaag gesloten' shows on the public page and ends by itself", async () => {
    const { ctx, page } = await signedIn(DEMO_USERS.editor.email);
    await page.goto(`${e2e.app.base}/beheer/locaties/${facility.id}`);
    // Nothing is chosen beforehand (one click on "Opslaan" once closed a facility for the day), and the page says
    // what holds now.
    expect(await page.locator("input[name=state]:checked").count()).toBe(0);
    expect(await page.locator(".temp-state").textContent()).toContain("normale openingstijden");
    await page.getByLabel("Vandaag gesloten").check();
    await page.getByLabel("Reden (staat op de website)").fill("Lekkage in de grote zaal");
    await Promise.all([
      page.waitForURL(/resultaat=temp/),
      page.getByRole("button", { name: "Opslaan" }).first().click(),
    ]);
    expect(await publicText(facility.slug)).toContain("Vandaag gesloten : Lekkage in de grote zaal");
    const api = (await (await fetch(`${e2e.app.base}/api/v1/facilities/${facility.slug}`)).json()).data;
    expect(api).toMatchObject({
      open_now: false,
      temporary_status: { state: "closed", reason: "Lekkage in de grote zaal" },
    });
    // The end of the day passes: nothing runs, the state simply stops counting.
    await e2e.db.query("UPDATE facility SET temp_until = now() - interval '1 second' WHERE id = $1", [facility.id]);
    expect(await publicText(facility.slug)).not.toContain("Vandaag gesloten");
    expect(
      (await (await fetch(`${e2e.app.base}/api/v1/facilities/${facility.slug}`)).json()).data.temporary_status,
    ).toBeNull();
    await ctx.close();
  });

  it("a stale edit gets the conflict screen, and the editor can re-apply their change", async () => {
    const { ctx, page: a } = await signedIn(DEMO_USERS.editor.email);
    const b = await ctx.newPage();
    await a.goto(`${e2e.app.base}/beheer/locaties/${second.id}`);
    await b.goto(`${e2e.app.base}/beheer/locaties/${second.id}`);
    await a.locator("#phone").fill("030 111 22 33");
    await Promise.all([a.waitForURL(/resultaat=applied/), a.getByRole("button", { name: "Opslaan" }).last().click()]);
    await b.locator("#name").fill("Buurthuis Conflictvrij");
    await b.getByRole("button", { name: "Opslaan" }).last().click();
    const conflict = b
      .locator("main [role=alert]")
      .filter({ hasText: "Iemand anders heeft deze locatie net gewijzigd" });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("030 111 22 33");
    expect(await violations(b)).toEqual([]);
    await Promise.all([
      b.waitForURL(/resultaat=applied/),
      b.getByRole("button", { name: "Mijn wijzigingen toepassen op de nieuwe versie" }).click(),
    ]);
    const row = (await e2e.db.query("SELECT name, phone FROM facility WHERE id = $1", [second.id])).rows[0];
    expect(row).toEqual({ name: "Buurthuis Conflictvrij", phone: "030 111 22 33" });
    await ctx.close();
  });

  it("a moderator approves a new dorpshuis and undoes a change", async () => {
    const { ctx: ed, page } = await signedIn(DEMO_USERS.editor.email);
    await page.goto(`${e2e.app.base}/beheer/organisaties/${bigOrg}/nieuwe-locatie`);
    await page.locator("#name").fill("Dorpshuis De Proefpolder");
    await page.locator("#type").selectOption("dorpshuis");
    await page.locator("#street").fill("Polderweg");
    await page.locator("#house_number").fill("12");
    await page.locator("#postcode").fill("3512ab");
    await page.locator("#place").fill("Utrecht");
    await Promise.all([page.waitForURL(/resultaat=proposed/), page.getByRole("button", { name: "Versturen" }).click()]);
    expect(
      (await e2e.db.query("SELECT count(*)::int AS n FROM facility WHERE name = 'Dorpshuis De Proefpolder'")).rows[0].n,
    ).toBe(0);
    await ed.close();

    const { ctx, page: mod } = await signedIn(DEMO_USERS.moderator.email);
    await mod.goto(`${e2e.app.base}/beheer/moderatie`);
    expect(await violations(mod)).toEqual([]);
    const card = mod.locator("li.card").filter({ hasText: "Dorpshuis De Proefpolder" });
    await Promise.all([mod.waitForURL(/resultaat=approved/), card.getByRole("button", { name: "Goedkeuren" }).click()]);
    const { slug } = (await e2e.db.query("SELECT slug FROM facility WHERE name = 'Dorpshuis De Proefpolder'")).rows[0];
    expect(await publicText(slug)).toContain("Polderweg 12, 3512 AB Utrecht");

    // Undo the conflict test's re-applied name change.
    await mod.goto(`${e2e.app.base}/beheer/locaties/${second.id}/geschiedenis`);
    expect(await violations(mod)).toEqual([]);
    const change = mod.locator("li.card").filter({ hasText: "Buurthuis Conflictvrij" }).first();
    // In words: field labels, not column names; "2 december 2026, 14:05", not ISO; changes numbered uniquely.
    const history = (await mod.locator("main").textContent()) ?? "";
    expect(history).not.toMatch(/\bhouse_number|opening_hours|\d{4}-\d{2}-\d{2}T/);
    expect(await change.locator("th[scope=row]").allTextContents()).toContain("Naam");
    expect(await change.locator("h2").textContent()).toMatch(/^Wijziging \d+ · \d{1,2} [a-z]+ \d{4}, \d{2}:\d{2} · /);
    const numbers = (await mod.locator("li.card h2").allTextContents()).map((h) => /^Wijziging (\d+)/.exec(h)?.[1]);
    expect(new Set(numbers).size).toBe(numbers.length);
    await Promise.all([
      mod.waitForURL(/resultaat=reverted/),
      change.getByRole("button", { name: /Deze wijziging terugdraaien/ }).click(),
    ]);
    const row = (await e2e.db.query("SELECT name, phone FROM facility WHERE id = $1", [second.id])).rows[0];
    expect(row.name).not.toBe("Buurthuis Conflictvrij");
    expect(row.phone).toBe("030 111 22 33");
    await ctx.close();
  });

  it("a visitor's report reaches the organisation's dashboard", async () => {
    const visitor = await e2e.browser.newPage();
    await visitor.goto(`${e2e.app.base}/locaties/${second.slug}`);
    await visitor.getByLabel("Wat klopt er niet?").fill("Het telefoonnummer werkt niet meer.");
    await visitor.waitForTimeout(1100); // a form sent within 1 s comes back once to be sent again (lib/server/reports/reports.ts)
    await Promise.all([visitor.waitForURL(/melding=ok/), visitor.getByRole("button", { name: "Versturen" }).click()]);
    expect(await visitor.locator("#melding [role=status]").textContent()).toContain("Dank u wel");
    await visitor.close();
    const { ctx, page } = await signedIn(DEMO_USERS.orgAdmin.email);
    expect(await page.locator("main").textContent()).toContain("1 meldingen");
    // The row names the facility with its street and number (an organisation has many of the same name).
    const addr = (
      await e2e.db.query(
        "SELECT street, house_number, coalesce(house_number_addition, '') AS add, place FROM facility WHERE id = $1",
        [second.id],
      )
    ).rows[0];
    const row = page.locator("tr", { has: page.locator(`a[href="/beheer/locaties/${second.id}"]`) }).first();
    expect(await row.textContent()).toContain(`(${addr.street} ${addr.house_number}${addr.add}, ${addr.place})`);
    await page.goto(`${e2e.app.base}/beheer/locaties/${second.id}`);
    expect(await page.locator("#reports-title + ul").textContent()).toContain("Het telefoonnummer werkt niet meer.");
    await ctx.close();
  });

  it("resets a password through the mail outbox; an unknown address gets the same answer", async () => {
    const page = await e2e.browser.newPage();
    const answers: string[] = [];
    for (const email of [DEMO_USERS.admin.email, "onbekend@example.org"]) {
      await page.goto(`${e2e.app.base}/beheer/wachtwoord-vergeten`);
      await page.getByLabel("E-mailadres").fill(email);
      await Promise.all([page.waitForURL(/verstuurd=1/), page.getByRole("button", { name: "Versturen" }).click()]);
      answers.push((await page.locator("main [role=status]").textContent()) ?? "");
    }
    expect(answers[0]).toBe(answers[1]);
    const mails = await readOutbox(DEMO_USERS.admin.email);
    expect(mails).toHaveLength(1);
    expect(await readOutbox("onbekend@example.org")).toHaveLength(0);
    const link = /https?:\/\/\S+wachtwoord-nieuw\?token=\S+/.exec(mails[0]!.text)?.[0];
    expect(link).toBeDefined();
    await page.goto(link!.replace(/^https?:\/\/[^/]+/, e2e.app.base));
    expect(await violations(page)).toEqual([]);
    await page.getByLabel("Nieuw wachtwoord (minstens 10 tekens)").fill("een-nieuw-wachtwoord-1");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("een-nieuw-wachtwoord-1");
    await Promise.all([page.waitForURL(/reset=1/), page.getByRole("button", { name: "Opslaan" }).click()]);
    await page.close();
    const { ctx } = await signedIn(DEMO_USERS.admin.email, "een-nieuw-wachtwoord-1");
    await ctx.close();
  });

  it("a reset link never takes its host from the request: a forged Host and Origin still get the configured address", async () => {
    // Security review finding 1: a POST with `Host: evil.example` and a matching Origin passes Next's CSRF check, so
    // a reset link built from Host would mail the victim a genuine token on the attacker's site.
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.app.base}/beheer/wachtwoord-vergeten`);
    let captured: { headers: Record<string, string>; body: Buffer } | undefined;
    await page.route("**/beheer/wachtwoord-vergeten*", async (route) => {
      const req = route.request();
      if (req.method() !== "POST") return route.continue();
      captured = { headers: req.headers(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
    });
    await page.getByLabel("E-mailadres").fill(DEMO_USERS.moderator.email);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect.poll(() => captured !== undefined).toBe(true);
    await page.close();
    const before = (await readOutbox(DEMO_USERS.moderator.email)).length;
    const { port } = new URL(e2e.app.base);
    const replay = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            host: "127.0.0.1",
            port,
            path: "/beheer/wachtwoord-vergeten",
            method: "POST",
            headers: { ...captured!.headers, ...headers, "content-length": String(captured!.body.length) },
          },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          },
        );
        req.on("error", reject);
        req.end(captured!.body);
      });
    // From another site to this host: refused with 403 (was a 500), and no mail.
    expect(await replay({ host: `127.0.0.1:${port}`, origin: "http://evil.example" })).toBe(403);
    expect(await readOutbox(DEMO_USERS.moderator.email)).toHaveLength(before);
    // Host and Origin both forged: passes the same-origin rule, but the link still uses the configured address.
    expect(
      await replay({
        host: "evil.example",
        origin: "http://evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "http",
      }),
    ).toBeLessThan(500);
    await expect
      .poll(async () => (await readOutbox(DEMO_USERS.moderator.email)).length, { timeout: 10_000 })
      .toBe(before + 1);
    const mail = (await readOutbox(DEMO_USERS.moderator.email)).at(-1)!;
    expect(mail.text).not.toContain("evil.example");
    // `npm start` on its own demo database configures http://localhost:<port> (a real deployment must set PUBLIC_URL).
    expect(mail.text).toContain(`http://localhost:${port}/beheer/wachtwoord-nieuw?token=`);
  });

  it("an editor puts a service at two more facilities in one step, and their public pages list it", async () => {
    const { ctx, page } = await signedIn(DEMO_USERS.editor.email);
    await page.goto(`${e2e.app.base}/beheer/diensten/${service.id}`);
    // (of its own organisation: at another organisation's facility the service waits for that organisation's yes)
    const unticked = page
      .locator("#facility_ids label")
      .filter({ hasNotText: "andere organisaties" })
      .locator("input[type=checkbox]:not(:checked)");
    const targets: string[] = [];
    for (let i = 0; i < 2; i++) {
      const box = unticked.first();
      targets.push((await box.getAttribute("value")) ?? "");
      await box.check();
    }
    await Promise.all([page.waitForURL(/resultaat=applied/), page.getByRole("button", { name: "Opslaan" }).click()]);
    for (const id of targets) {
      const { slug } = (await e2e.db.query("SELECT slug FROM facility WHERE id = $1", [id])).rows[0];
      expect(await publicText(slug)).toContain(service.name);
    }
    await ctx.close();
  });

  it("another organisation asks to offer its service at our facility: shown publicly only after our org admin says yes, without JavaScript", async () => {
    const other = (
      await e2e.db.query(
        "SELECT id, organization_id FROM service WHERE organization_id <> $1 ORDER BY name, id LIMIT 1",
        [bigOrg],
      )
    ).rows[0];
    const note = "Spreekuur op vrijdag (verzoek e2e)";
    await e2e.db.query(
      `INSERT INTO change_request (entity_type, entity_id, facility_id, organization_id, patch, created_by_id, created_by_label)
      VALUES ('service', $1, $2, $3, $4, 'e2e-other', 'Andere Redacteur')`,
      [other.id, facility.id, other.organization_id, JSON.stringify({ note, opening_hours: null })],
    );
    expect(await publicText(facility.slug)).not.toContain(note);
    // axe needs JavaScript in the page: check the section with it, then accept without it.
    const withJs = await signedIn(DEMO_USERS.orgAdmin.email);
    expect(await withJs.page.locator("section[aria-labelledby=attach-requests]").count()).toBe(1);
    expect(await violations(withJs.page)).toEqual([]);
    await withJs.ctx.close();
    const { ctx, page } = await signedIn(DEMO_USERS.orgAdmin.email, DEMO_PASSWORD, false);
    const requests = page.locator("section[aria-labelledby=attach-requests]");
    expect(await requests.count()).toBe(1);
    await Promise.all([
      page.waitForURL(/resultaat=accepted/, { timeout: 20_000 }),
      requests
        .getByRole("button", { name: /Ja, toestaan/ })
        .first()
        .click(),
    ]).catch(async (e: unknown) => {
      throw new Error(`${String(e)}\n${page.url()}\n${(await page.locator("main").innerText()).slice(0, 500)}`);
    });
    expect(await publicText(facility.slug)).toContain(note);
    await ctx.close();
  }, 90_000);

  it("an org admin adds a volunteer for one facility, who chooses a password from the mail and sees just that facility", async () => {
    const { ctx, page } = await signedIn(DEMO_USERS.orgAdmin.email);
    await page.goto(`${e2e.app.base}/beheer/organisaties/${bigOrg}`);
    await page.locator("#invite-name").fill("Henk Vrijwilliger");
    await page.locator("#invite-email").fill("henk@example.org");
    await page.locator("#invite-role").selectOption("volunteer");
    await page.locator("#invite-facility").selectOption(second.id);
    await page.getByRole("button", { name: "Iemand toevoegen" }).click();
    await expect
      .poll(() => page.locator("main [role=status]").allTextContents())
      .toContainEqual(expect.stringContaining("henk@example.org"));
    // The organisation's log says who added whom (security review finding 8).
    await page.reload();
    const log = page.locator("section[aria-labelledby=audit-title] tbody tr").first();
    await expect.poll(() => log.textContent()).toContain("Vrijwilliger toegevoegd: henk@example.org");
    expect(await log.textContent()).toContain(DEMO_USERS.orgAdmin.email);
    await ctx.close();
    const mail = (await readOutbox("henk@example.org"))[0];
    expect(mail?.subject).toContain("Welkom");
    const link = /https?:\/\/\S+wachtwoord-nieuw\?token=\S+/.exec(mail!.text)![0];
    const p = await e2e.browser.newPage();
    await p.goto(link.replace(/^https?:\/\/[^/]+/, e2e.app.base));
    await p.getByLabel("Nieuw wachtwoord (minstens 10 tekens)").fill("henk-zijn-wachtwoord");
    await p.getByLabel("Herhaal het nieuwe wachtwoord").fill("henk-zijn-wachtwoord");
    await Promise.all([p.waitForURL(/reset=1/), p.getByRole("button", { name: "Opslaan" }).click()]);
    await p.close();
    const { ctx: henk, page: dash } = await signedIn("henk@example.org", "henk-zijn-wachtwoord");
    // One facility: one row (its report, from an earlier test, is a second link in that row).
    expect(await dash.locator("main table tbody tr").count()).toBe(1);
    expect(await dash.locator("main table tbody tr td a").first().getAttribute("href")).toBe(
      `/beheer/locaties/${second.id}`,
    );
    const res = await dash.goto(`${e2e.app.base}/beheer/locaties/${facility.id}`);
    expect(res?.status()).toBe(200);
    expect(await dash.locator("main").textContent()).toContain("U mag deze pagina niet bekijken.");
    await henk.close();
  });

  it("a moderator sees unmet needs as a table and as circles, only where a cell has at least 5 searches", async () => {
    await e2e.db.query(`INSERT INTO unmet_need (month, gemeente_code, service, searches) VALUES
      (date_trunc('month', now())::date, 'GM0344', 'schuldhulp', 7), (date_trunc('month', now())::date, 'GM0363', 'inloop', 4)
      ON CONFLICT (month, gemeente_code, service) DO UPDATE SET searches = EXCLUDED.searches`);
    const { ctx, page } = await signedIn(DEMO_USERS.moderator.email);
    await page.goto(`${e2e.app.base}/beheer/onvervulde-vragen`);
    const rows = await page.locator("main table tbody tr").allTextContents();
    expect(rows).toEqual([expect.stringMatching(/Utrecht \(GM0344\)\s*Schuldhulp\s*7/)]);
    await page.locator(".needs-map path.leaflet-interactive").first().waitFor();
    expect(await page.locator(".needs-map path.leaflet-interactive").count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await ctx.close();
    // Not for editors.
    const { ctx: ed, page: p2 } = await signedIn(DEMO_USERS.editor.email);
    await p2.goto(`${e2e.app.base}/beheer/onvervulde-vragen`);
    expect(await p2.locator("main").textContent()).toContain("U mag deze pagina niet bekijken.");
    expect(await p2.locator("main table").count()).toBe(0);
    await ed.close();
  });

  it("a social worker registers, a moderator approves, and the worker saves a referral list from /verwijzen", async () => {
    const reg = await e2e.browser.newPage();
    await reg.goto(`${e2e.app.base}/beheer/aanmelden`);
    await reg.getByLabel("Naam").fill("Sanne Sociaal");
    await reg.getByLabel("E-mailadres").fill("sanne@voorbeeld-wijkteam.nl");
    await reg.getByLabel("Waar werkt u?").fill("Wijkteam Zuid");
    await Promise.all([reg.waitForURL(/klaar=1/), reg.getByRole("button", { name: "Versturen" }).click()]);
    expect(await violations(reg)).toEqual([]);
    await reg.close();
    expect(await readOutbox("sanne@voorbeeld-wijkteam.nl")).toHaveLength(0); // not a member's domain: waits
    const { ctx: mc, page: mod } = await signedIn(DEMO_USERS.moderator.email);
    await mod.goto(`${e2e.app.base}/beheer/moderatie`);
    await Promise.all([
      mod.waitForURL(/resultaat=worker/),
      mod.getByRole("button", { name: "Goedkeuren: Sanne Sociaal" }).click(),
    ]);
    await mc.close();
    const mail = (await readOutbox("sanne@voorbeeld-wijkteam.nl"))[0]!;
    const link = /https?:\/\/\S+wachtwoord-nieuw\?token=\S+/.exec(mail.text)![0];
    const p = await e2e.browser.newPage();
    await p.goto(link.replace(/^https?:\/\/[^/]+/, e2e.app.base));
    await p.getByLabel("Nieuw wachtwoord (minstens 10 tekens)").fill("sanne-haar-wachtwoord");
    await p.getByLabel("Herhaal het nieuwe wachtwoord").fill("sanne-haar-wachtwoord");
    await Promise.all([p.waitForURL(/reset=1/), p.getByRole("button", { name: "Opslaan" }).click()]);
    await p.close();
    const { ctx, page } = await signedIn("sanne@voorbeeld-wijkteam.nl", "sanne-haar-wachtwoord");
    const ids = (await e2e.db.query("SELECT id FROM service_at_location ORDER BY id LIMIT 2")).rows.map(
      (r) => r.id as string,
    );
    await page.goto(`${e2e.app.base}/verwijzen?lijst=${ids.join(",")}`);
    await page.getByRole("link", { name: /Bewaar deze lijst onder een naam/ }).click();
    await page.getByLabel(/Naam van de lijst/).fill("Schulden Zuid");
    await Promise.all([
      page.waitForURL(/resultaat=saved/),
      page.getByRole("button", { name: "Lijst bewaren" }).click(),
    ]);
    expect(await page.locator("main h2").allTextContents()).toEqual(["Schulden Zuid"]);
    expect(await violations(page)).toEqual([]);
    await page.getByRole("link", { name: /Verwijsbrief maken/ }).click();
    await page.waitForURL(/\/verwijsbrief\?services=/);
    expect(page.url()).toContain(ids.join(","));
    await ctx.close();
  });

  it("makes one address wait after repeated wrong passwords for an account, with a plain message", async () => {
    const page = await e2e.browser.newPage();
    let last = "";
    for (let i = 0; i < 9; i++) {
      await page.goto(`${e2e.app.base}/beheer/inloggen`);
      await page.getByLabel("E-mailadres").fill(DEMO_USERS.volunteer.email);
      await page.getByLabel("Wachtwoord").fill(`fout-${i}`);
      await Promise.all([page.waitForURL(/fout=/), page.getByRole("button", { name: "Inloggen" }).click()]);
      last = page.url();
    }
    expect(last).toContain("fout=te-veel");
    expect(await page.locator("main [role=alert]").textContent()).toContain("Te veel pogingen");
    await page.close();
  });

  it("every /beheer page has no WCAG 2.1 AA violations (axe), in Dutch and English, at 360 px too", async () => {
    const { ctx, page } = await signedIn(DEMO_USERS.moderator.email);
    const anon = await e2e.browser.newPage();
    const pages = [
      "/beheer",
      `/beheer/locaties/${facility.id}`,
      `/beheer/locaties/${facility.id}/geschiedenis`,
      "/beheer/moderatie",
      `/beheer/organisaties/${bigOrg}/nieuwe-locatie`,
      `/beheer/organisaties/${bigOrg}`,
      `/beheer/diensten/${service.id}`,
      "/beheer/onvervulde-vragen",
      "/beheer/lijsten",
      "/beheer/taxonomie",
    ];
    const open = [
      "/beheer/inloggen",
      "/beheer/aanmelden",
      "/beheer/wachtwoord-vergeten",
      "/beheer/wachtwoord-nieuw?token=ongeldig-token",
      "/beheer/inloggen?fout=1",
    ];
    const found: Record<string, string[]> = {};
    for (const width of [1100, 360]) {
      for (const lang of ["nl", "en"]) {
        await page.setViewportSize({ width, height: 800 });
        await anon.setViewportSize({ width, height: 800 });
        for (const p of pages) {
          await page.goto(`${e2e.app.base}${p}${p.includes("?") ? "&" : "?"}lang=${lang}`);
          const v = await violations(page);
          if (v.length) found[`${p} ${lang} ${width}`] = v;
          // English pages link to English pages (/en/beheer/…), not through the language cookie's redirect.
          if (lang === "en") expect(await page.locator('a[href^="/beheer"]').count(), p).toBe(0);
          if (width === 360)
            expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(360);
        }
        for (const p of open) {
          await anon.goto(`${e2e.app.base}${p}${p.includes("?") ? "&" : "?"}lang=${lang}`);
          const v = await violations(anon);
          if (v.length) found[`${p} ${lang} ${width}`] = v;
        }
      }
    }
    expect(found).toEqual({});
    await ctx.close();
    await anon.close();
  }, 120_000);

  describe("an organisation with many locations (issue 12 §7)", () => {
    type Target = {
      id: string;
      slug: string;
      name: string;
      street: string;
      house_number: string;
      house_number_addition: string | null;
    };
    const wide = async (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
    const label = (f: Target) => `${f.name}, ${f.street} ${f.house_number}${f.house_number_addition ?? ""}`;
    /** A facility of the big organisation whose name it shares with others (the "eight times Buurthuis De Akker"). */
    async function namesake(offset: number): Promise<Target> {
      const q = await e2e.db.query(
        `SELECT id, slug, name, street, house_number, house_number_addition FROM facility f WHERE operator_id = $1 AND status = 'active'
           AND (SELECT count(*) FROM facility g WHERE g.operator_id = f.operator_id AND g.name = f.name) > 1 ORDER BY slug OFFSET $2 LIMIT 1`,
        [bigOrg, offset],
      );
      return (
        q.rows[0] ??
        (
          await e2e.db.query(
            "SELECT id, slug, name, street, house_number, house_number_addition FROM facility WHERE operator_id = $1 AND status = 'active' ORDER BY slug OFFSET $2 LIMIT 1",
            [bigOrg, offset + 20],
          )
        ).rows[0]
      );
    }

    it("the dashboard and the organisation's list find a facility by name and address without JavaScript (nl + en, 360 and 1280 px)", async () => {
      const target = await namesake(3);
      const { ctx, page } = await signedIn(DEMO_USERS.editor.email, DEMO_PASSWORD, false);
      const { ctx: jsCtx, page: js } = await signedIn(DEMO_USERS.editor.email);
      const texts = {
        nl: { field: "Naam, straat, postcode of plaats", button: "Zoek locaties", found: "gevonden" },
        en: { field: "Name, street, postcode or place", button: "Find facilities", found: "found" },
      };
      for (const width of [360, 1280]) {
        for (const lang of ["nl", "en"] as const) {
          await page.setViewportSize({ width, height: 900 });
          for (const [path, list] of [
            ["/beheer", "details[open] table.data"],
            [`/beheer/organisaties/${bigOrg}`, "#locations-title ~ .table-wrap table.data"],
          ] as const) {
            await page.goto(`${e2e.app.base}${path}?lang=${lang}`);
            await page.getByLabel(texts[lang].field).first().fill(label(target));
            await Promise.all([
              page.waitForURL(/zoek=/),
              page.getByRole("button", { name: texts[lang].button }).first().click(),
            ]);
            const rows = page.locator(list).first().locator("tbody tr");
            const count = await rows.count();
            expect(count, `${path} ${lang}`).toBeGreaterThan(0);
            expect(count, `${path} ${lang}`).toBeLessThan(5);
            // in the page's language: /en/beheer/… on English pages
            const prefix = lang === "en" ? "/en" : "";
            expect(await rows.locator(`a[href="${prefix}/beheer/locaties/${target.id}"]`).count()).toBe(1);
            // Every row is named with its street and number.
            for (const text of await rows.locator("td:first-child").allTextContents())
              expect(text).toContain(`${target.street} ${target.house_number}`);
            expect(await page.locator("main [role=status]").first().textContent()).toContain(texts[lang].found);
            if (width === 360) expect(await wide(page), path).toBeLessThanOrEqual(360);
            await js.setViewportSize({ width, height: 900 });
            await js.goto(page.url());
            expect(await violations(js), `${path} ${lang} ${width}`).toEqual([]);
          }
        }
      }
      await ctx.close();
      await jsCtx.close();
    }, 180_000);

    it("the service's location picker filters without losing what was already changed or ticked (no JavaScript, then with)", async () => {
      const svc = (
        await e2e.db.query("SELECT id FROM service WHERE organization_id = $1 ORDER BY name, id OFFSET 2 LIMIT 1", [
          bigOrg,
        ])
      ).rows[0].id as string;
      const target = await namesake(5);
      const ticked = (
        await e2e.db.query(
          "SELECT id FROM facility WHERE operator_id = $1 AND status = 'active' AND id <> $2 AND id NOT IN (SELECT facility_id FROM service_at_location WHERE service_id = $3) ORDER BY slug DESC LIMIT 1",
          [bigOrg, target.id, svc],
        )
      ).rows[0].id as string;
      for (const lang of ["nl", "en"] as const) {
        const { ctx, page } = await signedIn(DEMO_USERS.editor.email, DEMO_PASSWORD, false);
        await page.setViewportSize({ width: lang === "nl" ? 360 : 1280, height: 900 });
        await page.goto(`${e2e.app.base}/beheer/diensten/${svc}?lang=${lang}`);
        const description = `Door de filtertest gewijzigd (${lang}).`;
        await page.locator("#description").fill(description);
        await page.locator(`input[name=facility_ids][value="${ticked}"]`).check();
        await page.locator("#plek_zoek").fill(label(target));
        await page.locator("button[name=intent][value=filter]").click();
        await page.waitForLoadState("load");
        await expect
          .poll(() => page.locator("main .notice[role=status]").textContent())
          .toContain(lang === "nl" ? "Nog niet opgeslagen" : "Not saved yet");
        // What the editor changed and ticked is still there; the list shows only what matches.
        expect(await page.locator("#description").inputValue()).toBe(description);
        expect(await page.locator(`input[name=facility_ids][value="${ticked}"]`).isChecked()).toBe(true);
        const visible = page.locator("#facility_ids .choices label:visible");
        expect(await visible.count()).toBeGreaterThan(0);
        expect(await visible.count()).toBeLessThan(5);
        for (const text of await visible.allTextContents())
          expect(text).toContain(`${target.street} ${target.house_number}`);
        if (lang === "nl") expect(await wide(page)).toBeLessThanOrEqual(360);
        if (lang === "nl") {
          await page.locator(`input[name=facility_ids][value="${target.id}"]`).check();
          await Promise.all([
            page.waitForURL(/resultaat=/),
            page.locator("form.form button[type=submit]:not([name=intent])").last().click(),
          ]);
          const at = (
            await e2e.db.query("SELECT facility_id FROM service_at_location WHERE service_id = $1", [svc])
          ).rows.map((r) => r.facility_id);
          expect(at).toEqual(expect.arrayContaining([ticked, target.id]));
          expect((await e2e.db.query("SELECT description FROM service WHERE id = $1", [svc])).rows[0].description).toBe(
            description,
          );
        }
        await ctx.close();
      }
      // With JavaScript the list narrows while typing, and the page stays accessible.
      const { ctx, page } = await signedIn(DEMO_USERS.editor.email);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${e2e.app.base}/beheer/diensten/${svc}?lang=${width === 360 ? "en" : "nl"}`);
        const all = await page.locator("#facility_ids .choices label").count();
        await page.locator("#plek_zoek").fill(label(target));
        await expect.poll(() => page.locator("#facility_ids .choices label:visible").count()).toBeLessThan(5);
        expect(all).toBeGreaterThan(20);
        expect(await page.locator("button[name=intent]").count()).toBe(0);
        expect(await violations(page)).toEqual([]);
        if (width === 360) expect(await wide(page)).toBeLessThanOrEqual(360);
      }
      await ctx.close();
    }, 180_000);

    it("saving with 'Alles op deze pagina klopt' (on by default) counts as checked; unticked it does not", async () => {
      const f = (
        await e2e.db.query(
          "SELECT id, slug FROM facility WHERE operator_id = $1 AND status = 'active' ORDER BY slug OFFSET 40 LIMIT 1",
          [bigOrg],
        )
      ).rows[0] as { id: string; slug: string };
      const checked = async () =>
        (await e2e.db.query("SELECT last_verified_at FROM facility WHERE id = $1", [f.id])).rows[0]
          .last_verified_at as Date | null;
      const old = new Date("2020-01-01T00:00:00Z");
      const { ctx, page } = await signedIn(DEMO_USERS.editor.email);
      for (const [lang, width, box, save] of [
        ["nl", 1280, "Alles op deze pagina klopt", "Opslaan"],
        ["en", 360, "Everything on this page is right", "Save"],
      ] as const) {
        await e2e.db.query("UPDATE facility SET last_verified_at = $2 WHERE id = $1", [f.id, old]);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${e2e.app.base}/beheer/locaties/${f.id}?lang=${lang}`);
        expect(await page.getByLabel(box).isChecked()).toBe(true);
        expect(await violations(page)).toEqual([]);
        if (width === 360) expect(await wide(page)).toBeLessThanOrEqual(360);
        await page.locator("#description").fill(`Nagekeken (${lang}).`);
        await Promise.all([
          page.waitForURL(/resultaat=applied/),
          page.getByRole("button", { name: save, exact: true }).last().click(),
        ]);
        expect((await checked())?.getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
        // It left "Aandacht nodig": not among the listings not checked for 12 months.
        await page.goto(`${e2e.app.base}/beheer?lang=${lang}`);
        const attention = page.locator("main section h3 + .table-wrap").first();
        expect(await attention.locator(`a[href="/beheer/locaties/${f.id}"]`).count()).toBe(0);
      }
      // Unticked, a save changes the listing but does not count as checked.
      await e2e.db.query("UPDATE facility SET last_verified_at = $2 WHERE id = $1", [f.id, old]);
      await page.goto(`${e2e.app.base}/beheer/locaties/${f.id}?lang=nl`);
      await page.getByLabel("Alles op deze pagina klopt").uncheck();
      await page.locator("#description").fill("Gewijzigd, niet alles nagekeken.");
      await Promise.all([
        page.waitForURL(/resultaat=applied/),
        page.getByRole("button", { name: "Opslaan", exact: true }).last().click(),
      ]);
      expect((await checked())?.getTime()).toBe(old.getTime());
      await ctx.close();
    }, 120_000);

    it("a visitor's report links to the facility's public page and its edit page, for moderators and editors", async () => {
      const f = (
        await e2e.db.query(
          "SELECT id, slug, name, street, house_number, house_number_addition FROM facility WHERE operator_id = $1 AND status = 'active' ORDER BY slug OFFSET 50 LIMIT 1",
          [bigOrg],
        )
      ).rows[0] as Target;
      const message = "De voordeur zit op dinsdag op slot, terwijl de site zegt dat het open is.";
      await e2e.db.query("INSERT INTO report (facility_id, message) VALUES ($1, $2)", [f.id, message]);
      const { ctx: mctx, page: mod } = await signedIn(DEMO_USERS.moderator.email);
      const { ctx: ectx, page: ed } = await signedIn(DEMO_USERS.editor.email);
      for (const width of [360, 1280]) {
        for (const lang of ["nl", "en"] as const) {
          await mod.setViewportSize({ width, height: 900 });
          await mod.goto(`${e2e.app.base}/beheer/moderatie?lang=${lang}`);
          const item = mod.locator("#reports-title ~ ul li", { hasText: message });
          expect(await item.textContent()).toContain(`${f.street} ${f.house_number}`);
          expect(await item.locator(`a[href="/locaties/${f.slug}"]`).count()).toBe(1);
          expect(await item.locator(`a[href="${lang === "en" ? "/en" : ""}/beheer/locaties/${f.id}"]`).count()).toBe(1);
          expect(await violations(mod)).toEqual([]);
          if (width === 360) expect(await wide(mod)).toBeLessThanOrEqual(360);

          await ed.setViewportSize({ width, height: 900 });
          await ed.goto(`${e2e.app.base}/beheer/locaties/${f.id}?lang=${lang}`);
          const own = ed.locator("#reports-title ~ ul li", { hasText: message });
          expect(await own.locator(`a[href="/locaties/${f.slug}"]`).count()).toBe(1);
          expect(await own.locator('a[href="#form-title"]').count()).toBe(1);
          expect(await violations(ed)).toEqual([]);
          await ed.goto(`${e2e.app.base}/beheer?lang=${lang}`);
          expect(
            await ed.locator(`a[href="${lang === "en" ? "/en" : ""}/beheer/locaties/${f.id}#reports-title"]`).count(),
          ).toBeGreaterThan(0);
        }
      }
      // The link from the moderation list opens the public page.
      const res = await fetch(`${e2e.app.base}/locaties/${f.slug}`);
      expect(res.status).toBe(200);
      await mctx.close();
      await ectx.close();
    }, 120_000);
  });
});
