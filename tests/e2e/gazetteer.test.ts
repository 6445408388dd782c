import { describe, expect, it } from "vitest";

import ar from "@/messages/ar.json";
import nl from "@/messages/nl.json";
import pl from "@/messages/pl.json";
import tr from "@/messages/tr.json";
import uk from "@/messages/uk.json";

import { startAppAndBrowser } from "../support/app-browser";
import { violations } from "../support/browser";

// A fresh `npm start` knows every Dutch postcode and place (the shipped GeoNames gazetteer), not only the demo
// data's: residents' own postcodes find results, a typo is answered with the place it meant, and the page says
// when it searched around less than what was typed. At phone and desktop width, with axe at 0.

const e2e = startAppAndBrowser();

/** A page at this width, and `visit(path)`, which goes there and collects axe's findings in `found`. */
async function visitor(width: number) {
  const base = e2e.app.base;
  const page = await e2e.browser.newPage({ viewport: { width, height: 800 } });
  const found: string[] = [];
  const visit = async (path: string) => {
    await page.goto(`${base}${path}`);
    for (const v of await violations(page)) found.push(`${path} → ${v}`);
  };
  return { base, page, found, visit };
}

describe("the national gazetteer on /zoeken", () => {
  it.each([360, 1280])(
    "finds results for residents' postcodes, offers 'Bedoelt u Utrecht?', and says what it searched around (%i px)",
    async (width) => {
      const { page, found, visit } = await visitor(width);
      for (const [pc, place] of [
        ["3584", "Utrecht"],
        ["1051", "Amsterdam"],
        ["9741", "Groningen"],
      ]) {
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

      await visit("/en/zoeken?q=Utrect");
      expect(await page.getByRole("link", { name: "Did you mean Utrecht?" }).count()).toBe(1);

      // The language chosen last is remembered (cookie `taal`): Dutch pages from here on say so explicitly (/nl/…
      // redirects to the unprefixed page and remembers Dutch).
      await visit(`/nl/zoeken?q=${encodeURIComponent("Kerkstraat 10 Utrecht")}`);
      expect(await page.locator("main").textContent()).toContain(
        "We zoeken rond Utrecht; geef uw postcode voor een preciezer resultaat.",
      );
      await visit(`/zoeken?q=${encodeURIComponent("Kerkstraat 208, 3512 AZ Utrecht")}`);
      expect(await page.locator("main").textContent()).toContain("4 cijfers van uw postcode (3512)");

      await visit("/en/zoeken?q=xyzzy+qwerty");
      expect(await page.locator(".problem").textContent()).toContain(
        'We do not know "xyzzy qwerty" as a postcode or town. Check the spelling, or type your postcode (for example 3512).',
      );
      expect(await page.getByRole("link", { name: /Did you mean/ }).count()).toBe(0);
      expect(await page.title()).toBe("Error: Search — Buurtwijzer"); // GOV.UK's pattern: the error first in the title
      await visit("/nl/zoeken?q=xyzzy+qwerty");
      expect(await page.locator(".problem").textContent()).toContain(
        'We kennen "xyzzy qwerty" niet als postcode of plaats',
      );
      expect(await page.title()).toBe("Fout: Zoeken — Buurtwijzer");
      await visit("/zoeken?q=3584");
      expect(await page.title()).toBe("Zoeken — Buurtwijzer");
      // A bad value from a hand-made link: said in the page's language (the schema's English is for the API), and the
      // summary right under the field takes the focus.
      for (const [prefix, word] of [
        ["/nl", "Fout"],
        ["/ar", "خطأ"],
      ] as const) {
        await visit(`${prefix}/zoeken?q=3584&straal=7000`);
        const problem = (await page.locator("#q-problems").textContent()) ?? "";
        expect(problem).not.toMatch(/must|whole number/);
        expect(problem).toContain("100");
        expect(await page.title()).toMatch(new RegExp(`^${word}: `));
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("q-problems");
      }
      // A facility's name typed in the box finds that facility (the demo data has several "Het Karrewiel").
      await visit("/nl/zoeken?q=Karrewiel");
      expect(await page.locator('a[href^="/locaties/"]', { hasText: "Karrewiel" }).count()).toBeGreaterThan(0);
      expect(await page.locator(".problem").count()).toBe(0);
      await page.close();
      expect(found).toEqual([]);
    },
    120_000,
  );
});

/** Metres from a card's distance text ("340 m", "17,2 km", "17.2 km"). */
const metres = (text: string): number => {
  const m = /([\d.,]+)\s*(k?m)/.exec(text);
  if (!m?.[1]) throw new Error(`no distance in ${text}`);
  const n = Number(m[1].replace(",", "."));
  return m[2] === "km" ? n * 1000 : n;
};

describe("honest results on /zoeken (issue 12 §2)", () => {
  it.each([360, 1280])(
    "says how far results reach, pages and numbers them, keeps to a chosen distance, and never walks 17 km (%i px)",
    async (width) => {
      const { base, page, found, visit } = await visitor(width);
      const distances = async () =>
        Promise.all((await page.locator("ol.results > li .meta bdi").allTextContents()).map(metres));

      // A place far from every facility: the nearest one is said to be far, and nobody is told to walk there.
      let remote: string | undefined;
      for (const place of ["Schiermonnikoog", "Vlieland", "Rottumeroog", "Cadzand", "Terschelling", "Eemshaven"]) {
        const body = (await (await fetch(`${base}/api/v1/facilities?place=${place}&limit=1`)).json()) as {
          data?: { distance_m: number }[];
        };
        if ((body.data?.[0]?.distance_m ?? 0) > 5000) {
          remote = place;
          break;
        }
      }
      expect(remote, "a demo place more than 5 km from any facility").toBeDefined();
      await visit(`/zoeken?q=${remote}`);
      expect(await page.locator("main").textContent()).toMatch(
        /Er is niets dichterbij: het dichtstbijzijnde is [\d,]+ km verderop\./,
      );
      const far = await distances();
      const metas = await page.locator("ol.results > li .meta").allTextContents();
      far.forEach((d, i) => {
        if (d > 5000) expect(metas[i]).not.toContain("lopen");
        if (d > 20000) expect(metas[i]).not.toMatch(/min/);
      });
      // Within 1 km of it: nothing, said plainly, with one click to look further.
      await visit(`/zoeken?q=${remote}&straal=1`);
      expect(await page.locator("#results").textContent()).toBe(`We vonden niets binnen 1 km van ${remote}.`);
      expect(await page.getByRole("link", { name: "Zoek tot 2 km" }).count()).toBe(1);
      expect(await page.getByRole("link", { name: "Zoek zonder afstandsgrens" }).count()).toBe(1);

      // The heading counts this page's places and how far they reach; page 2 says 21–40 and links back.
      await visit("/zoeken?q=3584");
      const heading = await page.locator("#results").textContent();
      expect(heading).toMatch(/^Plekken 1–20 dichtbij 3584 Utrecht, tot [\d,]+ (k?m)$/);
      const first = await distances();
      expect(metres(heading ?? "")).toBe(first.at(-1));
      await Promise.all([page.waitForURL(/vanaf=21/), page.getByRole("link", { name: "Meer plekken" }).click()]);
      expect(await page.locator("#results").textContent()).toMatch(/^Plekken 21–40 dichtbij 3584 Utrecht, tot /);
      for (const v of await violations(page)) found.push(`page 2 → ${v}`);
      await Promise.all([
        page.waitForURL((u) => !u.search.includes("vanaf")),
        page.getByRole("link", { name: "Terug naar de eerste plekken" }).click(),
      ]);
      expect(await page.locator("#results").textContent()).toMatch(/^Plekken 1–20 /);

      // A chosen distance, through the form: every place lies within it, and a chip says so.
      await visit("/zoeken?q=3584");
      await page.locator("form.search details > summary").click();
      await page.selectOption("#straal", "2");
      await Promise.all([page.waitForURL(/straal=2/), page.getByRole("button", { name: "Zoeken" }).click()]);
      const within = await distances();
      expect(within.length).toBeGreaterThan(0);
      expect(within.every((d) => d <= 2000)).toBe(true);
      expect(await page.getByRole("link", { name: "Filter Tot 2 km weghalen" }).count()).toBe(1);

      // "Nu open": within 25 km unless chosen otherwise; either open places or "nothing open", never an empty page
      // with "Meer plekken" (the cursor once scanned out to 163 km).
      for (const open of ["nu", "vandaag"]) {
        await visit(`/zoeken?q=${remote}&open=${open}`);
        const shown = await page.locator("#results-list > ol.results > li").count();
        const text = await page.locator("#results").textContent();
        if (shown === 0) {
          expect(text).toBe(
            open === "nu"
              ? `Nu is er niets open binnen 25 km van ${remote}.`
              : `We vonden niets binnen 25 km van ${remote}.`,
          );
          expect(await page.getByRole("link", { name: "Meer plekken" }).count()).toBe(0);
        } else {
          expect((await distances()).every((d) => d <= 25000)).toBe(true);
          const states = await page.locator("#results-list > ol.results > li .meta").allTextContents();
          for (const s of states)
            expect(s).toMatch(
              open === "nu" ? /Nu open|Vandaag open/ : /Nu open|Vandaag open|Opent vandaag om \d\d:\d\d/,
            );
        }
        expect(await page.locator("#straal").inputValue()).toBe("25");
        expect(
          await page
            .getByRole("link", { name: open === "nu" ? "Filter Nu open weghalen" : "Filter Vandaag nog open weghalen" })
            .count(),
        ).toBe(1);
      }
      await page.close();
      expect(found).toEqual([]);
    },
    180_000,
  );

  it.each(["en", "ar"] as const)(
    "says the same in %s at 360 px",
    async (lang) => {
      const base = e2e.app.base;
      const page = await e2e.browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(`${base}/${lang}/zoeken?q=3584&straal=5`);
      const heading = await page.locator("#results").textContent();
      expect(heading).toMatch(
        lang === "en"
          ? /^Places 1–20 near 3584 Utrecht, up to [\d.]+ (k?m) away$/
          : /^الأماكن 1–20 قريبة من 3584 Utrecht، حتى [\d.]+ (k?m)$/,
      );
      // Inside Arabic the Dutch place and the distance keep their own order ("Utrecht 3584", "km 3.2" otherwise).
      const isolated = await page.locator("#results bdi").allTextContents();
      expect(isolated, lang).toEqual(lang === "ar" ? ["3584 Utrecht", expect.stringMatching(/^[\d.]+ k?m$/)] : []);
      expect(await page.locator("#straal").inputValue()).toBe("5");
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
    60_000,
  );
});

describe("the search in every language (issue 14)", () => {
  const catalogs = { tr, pl, uk, ar } as const;
  it.each([360, 1280])(
    "speaks the path's language on /xx/zoeken?q=3512, links in it, and keeps Dutch names in order in Arabic (%i px)",
    async (width) => {
      const { page, found, visit } = await visitor(width);
      for (const lang of ["tr", "pl", "uk", "ar"] as const) {
        const t = catalogs[lang].resident;
        await visit(`/${lang}/zoeken?q=3512`);
        expect(await page.locator("html").getAttribute("lang")).toBe(lang);
        expect(await page.locator("html").getAttribute("dir")).toBe(lang === "ar" ? "rtl" : "ltr");
        expect(t.searchTitle).not.toBe(nl.resident.searchTitle);
        expect(await page.locator("h1").textContent(), lang).toBe(t.searchTitle);
        const heading = (await page.locator("#results").textContent()) ?? "";
        expect(heading, lang).toContain("3512 Utrecht");
        expect(heading, lang).not.toMatch(/Plekken|dichtbij/);
        expect(await page.locator("ol.results > li").count(), lang).toBeGreaterThan(0);
        // The place name inside <bdi> on the Arabic page (its text order does not flip to "Utrecht 3512").
        if (lang === "ar") expect(await page.locator("#results bdi").first().textContent()).toBe("3512 Utrecht");
        // Every internal link in the page's language: a prefix, never ?lang= (and the switch offers all six).
        const hrefs = await page
          .locator('main a[href^="/"]')
          .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
        expect(
          hrefs.filter((h) => h.includes("lang=")),
          lang,
        ).toEqual([]);
        expect(
          hrefs.filter((h) => /^\/(zoeken|locaties)/.test(h)),
          lang,
        ).toEqual([]);
        expect(await page.locator("nav.langs a").count()).toBe(6);
        expect(await page.locator("form.search").getAttribute("action")).toBe(`/${lang}/zoeken`);
      }
      await page.close();
      expect(found).toEqual([]);
    },
    120_000,
  );
});
