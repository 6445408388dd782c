import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo/accounts";

import { startAppAndBrowser } from "../support/app-browser";
import { violations } from "../support/browser";

// Issue 14 §4 in Chromium: a moderator names a kind of help in Arabic, adds a new kind of help and retires one in
// /beheer/taxonomie (Dutch at 1280 px, English at 360 px, axe 0); the public pages follow at once: the Arabic name
// in /ar/zoeken's filters, the new term among the filters, the retired one gone from them, and an old link that asks
// for it answered with a clear message in the page's language (the API: 400 problem+json).

const e2e = startAppAndBrowser({ db: true });

async function moderator(width: number): Promise<Page> {
  const ctx = await e2e.browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${e2e.app.base}/beheer/inloggen?terug=%2Fbeheer%2Ftaxonomie`);
  await page.getByLabel("E-mailadres").fill(DEMO_USERS.moderator.email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL(/\/beheer\/taxonomie$/), page.getByRole("button", { name: "Inloggen" }).click()]);
  return page;
}
const filterLabels = async (page: Page) =>
  (await page
    .locator('input[name="dienst"]')
    .evaluateAll((els) =>
      els.map((e) => `${(e as HTMLInputElement).value}=${e.parentElement?.textContent?.trim()}`),
    )) as string[];
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("the taxonomy, kept by moderators in every language", () => {
  it("names a term in Arabic, adds one and retires one; the public pages and old links follow", async () => {
    const page = await moderator(1280);
    expect(await violations(page)).toEqual([]);
    // An Arabic name for "inloop".
    const arabic = page.getByRole("textbox", { name: "Naam (Arabisch): inloop" });
    await arabic.fill("دخول بلا موعد");
    await Promise.all([page.waitForURL(/resultaat=saved/), page.getByRole("button", { name: "Opslaan" }).click()]);
    expect(await page.getByRole("status").textContent()).toBe("Opgeslagen.");
    expect(await arabic.inputValue()).toBe("دخول بلا موعد");
    // A new kind of help.
    await page.getByLabel("Code", { exact: true }).fill("buurtmaaltijd");
    await page.getByLabel("Naam (Nederlands)", { exact: true }).fill("Buurtmaaltijd");
    await page.getByLabel("Naam (Engels)", { exact: true }).fill("Community meal");
    await Promise.all([page.waitForURL(/resultaat=added/), page.getByRole("button", { name: "Toevoegen" }).click()]);
    expect(await page.getByRole("status").textContent()).toContain("staat erin");
    // The same code again: refused, in plain words, nothing added.
    await page.getByLabel("Code", { exact: true }).fill("buurtmaaltijd");
    await page.getByLabel("Naam (Nederlands)", { exact: true }).fill("Nog een");
    await page.getByLabel("Naam (Engels)", { exact: true }).fill("Another");
    await Promise.all([page.waitForURL(/fout=invalid/), page.getByRole("button", { name: "Toevoegen" }).click()]);
    expect(await page.locator("[role=alert]").first().textContent()).toContain("Deze code bestaat al");
    // Retire the repair café.
    await Promise.all([
      page.waitForURL(/resultaat=retired/),
      page.getByRole("button", { name: /^Niet meer aanbieden\W+repair-cafe$/ }).click(),
    ]);
    expect(await page.getByRole("button", { name: /^Weer aanbieden\W+repair-cafe$/ }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);

    const resident = await e2e.browser.newPage({ viewport: { width: 360, height: 740 } });
    await resident.goto(`${e2e.app.base}/ar/zoeken`);
    const ar = await filterLabels(resident);
    expect(ar).toContain("inloop=دخول بلا موعد");
    expect(ar).toContain("buurtmaaltijd=Community meal"); // no Arabic name yet: English
    expect(ar.some((l) => l.startsWith("repair-cafe="))).toBe(false);
    await resident.goto(`${e2e.app.base}/nl/zoeken`);
    expect(await filterLabels(resident)).toContain("buurtmaaltijd=Buurtmaaltijd");
    // An old link that asks for the retired term: a clear message, in the page's language.
    for (const [path, says] of [
      ["/zoeken?q=3512&dienst=repair-cafe", "Deze keuze bestaat niet meer"],
      ["/en/zoeken?q=3512&dienst=repair-cafe", "This choice no longer exists"],
      ["/ar/verwijzen?q=3512&dienst=repair-cafe", "هذا الاختيار لم يعد موجودًا"],
    ] as const) {
      const res = await resident.goto(`${e2e.app.base}${path}`);
      expect(res?.status(), path).toBeLessThan(500);
      expect(await resident.locator("main [role=alert]").first().textContent(), path).toContain(says);
      expect(await violations(resident), path).toEqual([]);
      expect(await noSideScroll(resident), path).toBe(true);
    }
    const api = await fetch(`${e2e.app.base}/api/v1/facilities?near=52.09,5.12&service=repair-cafe`);
    expect(api.status).toBe(400);
    expect(api.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(await api.json())).toContain("is no longer used");
    expect((await fetch(`${e2e.app.base}/api/v1/facilities?near=52.09,5.12&service=buurtmaaltijd`)).status).toBe(200);

    // Offered again, in English on a phone.
    const phone = await moderator(360);
    await phone.goto(`${e2e.app.base}/en/beheer/taxonomie`);
    expect(await violations(phone)).toEqual([]);
    expect(await noSideScroll(phone)).toBe(true);
    await Promise.all([
      phone.waitForURL(/resultaat=restored/),
      phone.getByRole("button", { name: /^Offer again\W+repair-cafe$/ }).click(),
    ]);
    expect(new URL(phone.url()).pathname).toBe("/en/beheer/taxonomie");
    expect(await phone.getByRole("status").textContent()).toBe("Offered again.");
    await resident.goto(`${e2e.app.base}/nl/zoeken`);
    expect((await filterLabels(resident)).some((l) => l.startsWith("repair-cafe="))).toBe(true);
    await page.context().close();
    await phone.context().close();
    await resident.close();
  }, 240_000);
});
