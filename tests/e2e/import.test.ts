import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo/accounts";

import { startAppAndBrowser } from "../support/app-browser";
import { violations } from "../support/browser";

// Issue 15 in Chromium: an organisation admin uploads a spreadsheet in /en/beheer/import on a phone, sees the dry
// run's report and offers the new facilities to a moderator; the moderator (Dutch, 1280 px) approves the batch and
// the facilities are live; a file with errors shows each error with its line and imports nothing; an OpenStreetMap
// import credits OpenStreetMap (ODbL) on the facility page in every language. Axe 0 at each step. Zwolle and
// Kampen names, not the demo data's.

const e2e = startAppAndBrowser({ db: true });
const LOCALES = ["nl", "en", "ar", "tr", "pl", "uk"] as const;

async function signIn(who: "orgAdmin" | "moderator", width: number, english = false): Promise<Page> {
  const ctx = await e2e.browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  const prefix = english ? "/en" : "";
  await page.goto(`${e2e.app.base}${prefix}/beheer/inloggen?terug=%2Fbeheer%2Fimport`);
  await page.getByLabel(english ? "Email address" : "E-mailadres").fill(DEMO_USERS[who].email);
  await page.getByLabel(english ? "Password" : "Wachtwoord").fill(DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL(/\/beheer\/import$/),
    page.getByRole("button", { name: english ? "Sign in" : "Inloggen" }).click(),
  ]);
  return page;
}
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const upload = async (page: Page, name: string, content: string, button: string) => {
  await page.locator("#import-file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
  await Promise.all([
    page.waitForURL(/\/beheer\/import\/[0-9a-f-]{36}/),
    page.getByRole("button", { name: button }).click(),
  ]);
};

const CSV =
  "Name;Address;Postcode;City;Type;Opening hours;Wheelchair\n" +
  "Buurthuis De Kroon Zwolle;Kroonstraat 7;8011 AA;Zwolle;buurthuis;Mo-Fr 09:00-17:00;yes\n" +
  "Dorpshuis De Brink Kampen;Brink 2;8261 AA;Kampen;dorpshuis;Tu 19:00-22:00;limited\n";

describe("importing in /beheer", () => {
  it("an org admin checks a file and offers it; a moderator approves it; the facilities are live", async () => {
    const admin = await signIn("orgAdmin", 360, true);
    expect(await violations(admin)).toEqual([]);
    expect(await noSideScroll(admin)).toBe(true);
    await upload(admin, "locations.csv", CSV, "Check file");
    expect(await admin.locator(".import-counts").textContent()).toContain("2 new · 0 changed");
    expect(await violations(admin)).toEqual([]);
    expect(await noSideScroll(admin)).toBe(true);
    await Promise.all([
      admin.waitForURL(/resultaat=pending/),
      admin.getByRole("button", { name: "Import: offer to a moderator" }).click(),
    ]);
    expect(await admin.getByRole("status").first().textContent()).toContain("a moderator will check the import");
    const before = await e2e.db.query(
      "SELECT count(*)::int AS n FROM facility WHERE name = 'Buurthuis De Kroon Zwolle'",
    );
    expect(before.rows[0].n).toBe(0);

    const mod = await signIn("moderator", 1280);
    await mod.getByRole("link", { name: "locations.csv" }).first().click();
    await mod.waitForURL(/\/beheer\/import\/[0-9a-f-]{36}$/);
    expect(await violations(mod)).toEqual([]);
    await Promise.all([
      mod.waitForURL(/resultaat=applied/),
      mod.getByRole("button", { name: "Goedkeuren en importeren" }).click(),
    ]);
    expect(await mod.getByRole("status").first().textContent()).toContain("Geïmporteerd");
    const { rows } = await e2e.db.query(
      "SELECT slug, location_approximate FROM facility WHERE name = 'Buurthuis De Kroon Zwolle'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].location_approximate).toBe(true); // no coordinates in the file: from the postcode
    const res = await mod.goto(`${e2e.app.base}/locaties/${rows[0].slug}`);
    expect(res?.status()).toBe(200);
    expect(await mod.locator("main").textContent()).toContain("bij benadering");
    await admin.context().close();
    await mod.context().close();
  }, 240_000);

  it("a file with errors: each error with its line and field, in the page's language; nothing imported", async () => {
    const mod = await signIn("moderator", 1280);
    await mod.locator("#import-organization").selectOption({ index: 1 });
    await upload(
      mod,
      "fouten.csv",
      "naam;straat;huisnummer;postcode;plaats\nBuurtkamer Assendorp;Assendorperstraat;1;80XX;Zwolle\n",
      "Controleer bestand",
    );
    const errors = mod.getByRole("region", { name: /Fouten \(1\)/ });
    expect(await errors.textContent()).toContain("line 2");
    expect(await errors.textContent()).toContain("moet een postcode zijn zoals 3512 AB");
    expect(await mod.getByRole("button", { name: "Importeer" }).count()).toBe(0);
    expect(await violations(mod)).toEqual([]);
    // No file chosen: refused in plain words.
    await mod.goto(`${e2e.app.base}/beheer/import`);
    await mod.locator("#import-organization").selectOption({ index: 1 });
    await mod.locator("#import-file").evaluate((el) => el.removeAttribute("required"));
    await Promise.all([
      mod.waitForURL(/fout=invalid/),
      mod.getByRole("button", { name: "Controleer bestand" }).click(),
    ]);
    expect(await mod.getByRole("alert").first().textContent()).toContain("Kies een bestand");
    await mod.context().close();
  }, 120_000);

  it("an OpenStreetMap import: the facility page credits OpenStreetMap (ODbL) in every language", async () => {
    const mod = await signIn("moderator", 1280);
    await mod.locator("#import-organization").selectOption({ index: 1 });
    const overpass = {
      elements: [
        {
          type: "node",
          id: 424242,
          lat: 52.5168,
          lon: 6.083,
          tags: {
            amenity: "community_centre",
            name: "Buurthuis Het Anker Zwolle",
            "addr:street": "Ankerplein",
            "addr:housenumber": "3",
            "addr:postcode": "8011 BA",
            "addr:city": "Zwolle",
          },
        },
      ],
    };
    await mod
      .locator("#import-file")
      .setInputFiles({ name: "osm.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(overpass)) });
    await Promise.all([
      mod.waitForURL(/\/beheer\/import\/[0-9a-f-]{36}/),
      mod.getByRole("button", { name: "Controleer bestand" }).click(),
    ]);
    await Promise.all([mod.waitForURL(/resultaat=applied/), mod.getByRole("button", { name: "Importeer" }).click()]);
    const { rows } = await e2e.db.query(
      "SELECT f.slug FROM facility f JOIN external_ref r ON r.entity_id = f.id WHERE r.key = 'osm:node/424242'",
    );
    expect(rows).toHaveLength(1);
    for (const [i, lang] of LOCALES.entries()) {
      const page = await e2e.browser.newPage({ viewport: { width: i % 2 ? 360 : 1280, height: 800 } });
      await page.goto(`${e2e.app.base}${lang === "nl" ? "" : `/${lang}`}/locaties/${rows[0].slug}`);
      expect(await page.locator("main").textContent(), lang).toContain("© OpenStreetMap contributors (ODbL)");
      const credit = page.locator("main p", { hasText: "© OpenStreetMap contributors (ODbL)" });
      expect(await credit.getByRole("link", { name: "OpenStreetMap" }).getAttribute("href")).toBe(
        "https://www.openstreetmap.org/copyright",
      );
      expect(await violations(page), lang).toEqual([]);
      expect(await noSideScroll(page), lang).toBe(true);
      if (lang === "ar") await page.screenshot({ path: "/tmp/import-osm-ar.png", fullPage: true });
      await page.close();
    }
    await mod.context().close();
  }, 180_000);

  it("'Nieuwe locatie' at the address of a listed facility asks first; 'it is another place' proposes it", async () => {
    const { rows } = await e2e.db.query(
      `SELECT f.street, f.house_number, f.postcode, f.place, f.name, f.operator_id FROM facility f
       JOIN membership m ON m.organization_id = f.operator_id WHERE m.user_id = $1 AND f.house_number_addition IS NULL
       ORDER BY f.slug LIMIT 1`,
      [DEMO_USERS.orgAdmin.id],
    );
    const f = rows[0] as {
      street: string;
      house_number: string;
      postcode: string;
      place: string;
      name: string;
      operator_id: string;
    };
    for (const [width, english] of [
      [1280, false],
      [360, true],
    ] as const) {
      const page = await signIn("orgAdmin", width, english);
      await page.goto(`${e2e.app.base}${english ? "/en" : ""}/beheer/organisaties/${f.operator_id}/nieuwe-locatie`);
      await page
        .getByLabel(english ? "Name" : "Naam", { exact: true })
        .fill(english ? "Kampen Neighbourhood Room" : "Buurtkamer Brunnepe");
      await page.getByLabel(english ? "Street" : "Straat", { exact: true }).fill(f.street);
      await page.getByLabel(english ? "House number" : "Huisnummer", { exact: true }).fill(f.house_number);
      await page.getByLabel("Postcode", { exact: true }).fill(f.postcode);
      await page.getByLabel(english ? "Place" : "Plaats", { exact: true }).fill(f.place);
      const send = page.getByRole("button", { name: english ? "Send" : "Versturen" });
      await send.click();
      const box = page.getByRole("checkbox", { name: english ? /It is another place/ : /Het is een andere plek/ });
      await box.waitFor();
      expect(await page.getByRole("alert").first().textContent()).toContain(f.name);
      expect(await violations(page)).toEqual([]);
      expect(await noSideScroll(page)).toBe(true);
      await box.check();
      await Promise.all([page.waitForURL(/resultaat=proposed/), send.click()]);
      await page.context().close();
    }
  }, 120_000);

  it("a moderator maps another taxonomy's term onto ours in /beheer/taxonomie", async () => {
    for (const [width, english] of [
      [1280, false],
      [360, true],
    ] as const) {
      const page = await signIn("moderator", width, english);
      await page.goto(`${e2e.app.base}${english ? "/en" : ""}/beheer/taxonomie`);
      const term = english ? "Food Bank" : "Voedselbank (HSDS)";
      await page.getByLabel(english ? "Term in the file" : "Term in het bestand").fill(term);
      await page.getByLabel(english ? "Means, here" : "Betekent bij ons").selectOption("voedselhulp");
      await Promise.all([
        page.waitForURL(/resultaat=mapped/),
        page.getByRole("button", { name: english ? "Map" : "Koppelen", exact: true }).click(),
      ]);
      expect(await page.getByRole("cell", { name: term.toLowerCase(), exact: true }).count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      expect(await noSideScroll(page)).toBe(true);
      await page.context().close();
    }
  }, 120_000);
});
