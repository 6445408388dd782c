import { describe, expect, it } from "vitest";
import { startAppAndBrowser } from "../support/app-browser";
import { violations } from "../support/browser";

// A fresh `npm start` knows every Dutch postcode and place (the shipped GeoNames gazetteer), not only the demo
// data's: residents' own postcodes find results, a typo is answered with the place it meant, and the page says
// when it searched around less than what was typed. At phone and desktop width, with axe at 0.

const started = startAppAndBrowser();

describe("the national gazetteer on /zoeken", () => {
  it.each([360, 1280])("finds results for residents' postcodes, offers 'Bedoelt u Utrecht?', and says what it searched around (%i px)", async (width) => {
    const base = started.app().base;
    const page = await started.browser().newPage({ viewport: { width, height: 800 } });
    const found: string[] = [];
    const visit = async (path: string) => {
      await page.goto(`${base}${path}`);
      for (const v of await violations(page)) found.push(`${path} → ${v}`);
    };
    for (const [pc, place] of [["3584", "Utrecht"], ["1051", "Amsterdam"], ["9741", "Groningen"]]) {
      await visit(`/zoeken?q=${pc}`);
      await expect.poll(() => page.locator("#results").textContent()).toContain(`${pc} ${place}`);
      expect(await page.locator("ol.results > li").count(), pc).toBeGreaterThan(0);
      expect(await page.locator(".problem").count(), pc).toBe(0);
    }

    await visit("/zoeken?q=Utrect");
    const suggestion = page.getByRole("link", { name: "Bedoelt u Utrecht?" });
    await expect.poll(() => suggestion.count()).toBe(1);
    await Promise.all([page.waitForURL(/q=Utrecht/), suggestion.click()]);
    expect(await page.locator("#results").textContent()).toContain("Utrecht");
    expect(await page.locator("ol.results > li").count()).toBeGreaterThan(0);

    await visit("/zoeken?q=Utrect&lang=en");
    expect(await page.getByRole("link", { name: "Did you mean Utrecht?" }).count()).toBe(1);

    // The language chosen last is remembered (cookie `taal`): Dutch pages from here on say so explicitly.
    await visit(`/zoeken?q=${encodeURIComponent("Kerkstraat 10 Utrecht")}&lang=nl`);
    expect(await page.locator("main").textContent()).toContain("We zoeken rond Utrecht; geef uw postcode voor een preciezer resultaat.");
    await visit(`/zoeken?q=${encodeURIComponent("Kerkstraat 208, 3512 AZ Utrecht")}&lang=nl`);
    expect(await page.locator("main").textContent()).toContain("4 cijfers van uw postcode (3512)");

    await visit("/zoeken?q=xyzzy+qwerty&lang=en");
    expect(await page.locator(".problem").textContent()).toContain('We do not know "xyzzy qwerty" as a postcode or town. Check the spelling, or type your postcode (for example 3512).');
    expect(await page.getByRole("link", { name: /Did you mean/ }).count()).toBe(0);
    await visit("/zoeken?q=xyzzy+qwerty&lang=nl");
    expect(await page.locator(".problem").textContent()).toContain('We kennen "xyzzy qwerty" niet als postcode of plaats');
    // A facility's name typed in the box finds that facility (the demo data has several "Het Karrewiel").
    await visit("/zoeken?q=Karrewiel&lang=nl");
    expect(await page.locator('a[href^="/locaties/"]', { hasText: "Karrewiel" }).count()).toBeGreaterThan(0);
    expect(await page.locator(".problem").count()).toBe(0);
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);
});
