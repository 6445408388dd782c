import { createTranslator } from "next-intl";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { localePath } from "@/lib/i18n/locales";
import { TERM_SENTENCES } from "@/lib/i18n/taxonomy-i18n";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import pl from "@/messages/pl.json";
import uk from "@/messages/uk.json";

import { startAppAndBrowser } from "../support/app-browser";
import { dragMap, violations } from "../support/browser";

// Issue 12 §4–§5 in Chromium: "Terug naar zoeken" returns to the search the reader came from; the map does not trap
// a phone's scrolling; "Zoek in dit gebied" keeps the typed place and says what it searched around, clear of the zoom
// buttons; an organisation's many places are clustered; the filters' summary shows its marker and labels sit above
// their selects; plain words for "Rolstoel: onbekend", "Inloop" and "Welzijn op recept".

const e2e = startAppAndBrowser({ db: true });

const CATALOGS = { nl, en, ar };
/** The referral texts of the worker's languages. */
const REFERRAL = { nl: nl.referral, en: en.referral, ar: ar.referral, pl: pl.referral, uk: uk.referral };
type Locale = keyof typeof CATALOGS;
const LOCALES: Locale[] = ["nl", "en", "ar"];
/** The resident texts of a language, as the pages show them (<bdi> marks as plain text). */
const resident = (l: Locale) => CATALOGS[l].resident;
const residentText = (l: Locale) =>
  createTranslator({ locale: l, messages: CATALOGS[l], namespace: "resident" }).markup;
const WIDTHS = [360, 1280];
/** A page in a language: its path prefix (/en/zoeken; Dutch at the root), never ?lang=. */
const withLang = (path: string, l: Locale) => localePath(l, path);
const href = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.search;
    });
const phone = () => e2e.browser.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** A swipe upwards with one or two fingers (moving up by `dy` px) from a point, as real touch events: Chromium then
 *  scrolls the page where touch-action allows it (synthesizeScrollGesture's "touch" does not scroll headless). */
async function swipe(page: Page, x: number, y: number, dy: number, fingers: 1 | 2 = 1) {
  const cdp = await page.context().newCDPSession(page);
  const at = (d: number) =>
    fingers === 1
      ? [{ x, y: y - d }]
      : [
          { x: x - 50, y: y - d, id: 0 },
          { x: x + 50, y: y - d, id: 1 },
        ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let d = 10; d <= dy; d += 10)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(d) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}
const mapPane = (page: Page) => page.locator(".leaflet-map-pane").evaluate((el) => getComputedStyle(el).transform);

describe("issue 12 §4–§5 in Chromium", () => {
  it("'Terug naar zoeken' on a facility page returns to the search it came from, in nl/en/ar at 360 and 1280 px", async () => {
    for (const width of WIDTHS) {
      const page = await e2e.browser.newPage({ viewport: { width, height: 900 } });
      for (const l of LOCALES) {
        const search = "/zoeken?q=3512&dienst=inloop";
        await page.goto(`${e2e.app.base}${withLang(search, l)}`);
        const card = page.locator("li.card h3 a").first();
        expect(await card.getAttribute("href")).toMatch(new RegExp(`^${withLang("/locaties/", l)}`));
        await Promise.all([page.waitForURL(/\/locaties\//), card.click()]);
        // The way back is the search without its language (the facility page writes it in its own).
        expect(new URL(page.url()).searchParams.get("terug")).toBe(search);
        const back = page.getByRole("link", { name: resident(l).backToSearch });
        expect(await back.count()).toBe(1);
        expect(await violations(page), page.url()).toEqual([]);
        // Another language keeps the way back, now in that language.
        if (l === "nl") {
          await page.locator('nav.langs a[lang="en"]').click();
          await page.waitForURL(/\/en\/locaties\//);
          expect(await page.getByRole("link", { name: resident("en").backToSearch }).count()).toBe(1);
        }
        await Promise.all([
          page.waitForURL((u) => u.pathname === withLang("/zoeken", l === "nl" ? "en" : l)),
          page.getByRole("link", { name: resident(l === "nl" ? "en" : l).backToSearch }).click(),
        ]);
        expect(new URL(page.url()).searchParams.getAll("dienst")).toEqual(["inloop"]);
        expect(await page.locator("#q").inputValue()).toBe("3512");
      }
      // Never a way off the site: another host, "//host", a backslash, a script, or a page that is not a search.
      const { rows } = await e2e.db.query<{ slug: string }>(
        "SELECT slug FROM facility WHERE status = 'active' ORDER BY slug LIMIT 1",
      );
      for (const bad of [
        "https://evil.example/zoeken",
        "//evil.example/zoeken",
        "/\\evil.example",
        "javascript:alert(1)",
        "/beheer",
      ]) {
        await page.goto(`${e2e.app.base}/locaties/${rows[0]!.slug}?lang=nl&terug=${encodeURIComponent(bad)}`);
        expect(await href(page, `a:text-is("${resident("nl").backToSearch}")`), bad).toBe("/zoeken");
      }
      await page.close();
    }
  }, 180_000);

  it("the referral sheet's 'Terug naar zoeken' returns to the worker's search, in the worker's language", async () => {
    for (const width of WIDTHS) {
      const page = await e2e.browser.newPage({ viewport: { width, height: 900 } });
      for (const [worker, client] of [
        ["en", "ar"],
        ["nl", "pl"],
        ["ar", "uk"],
      ] as const) {
        // As the language switch does: the language named in the path, also Dutch (/nl/… remembers Dutch).
        await page.goto(`${e2e.app.base}/${worker}/verwijzen?q=3512&dienst=schuldhulp`);
        const add = page.locator("tbody tr td:last-child a").first();
        await Promise.all([page.waitForURL(/lijst=/), add.click()]);
        const search = new URL(page.url());
        await page.locator("#sheet-lang").selectOption(client);
        await Promise.all([page.waitForURL(/\/verwijsbrief\?/), page.locator("form.sheet-form button").click()]);
        expect(new URL(page.url()).pathname).toBe(localePath(client, "/verwijsbrief"));
        expect(await page.locator("main").getAttribute("lang")).toBe(client);
        const back = page.locator(".actions a");
        expect((await back.textContent())?.trim()).toBe(REFERRAL[worker].back);
        expect(await back.getAttribute("lang")).toBe(worker);
        expect(await href(page, ".actions a")).toBe(search.pathname + search.search);
        // Switching the sheet's (client's) language keeps the worker's way back.
        await page.locator('nav.langs a[lang="tr"]').click();
        await page.waitForURL((u) => u.pathname === "/tr/verwijsbrief");
        expect((await page.locator(".actions a").textContent())?.trim()).toBe(REFERRAL[worker].back);
        expect(await violations(page), page.url()).toEqual([]);
        await Promise.all([page.waitForURL((u) => u.pathname === search.pathname), page.locator(".actions a").click()]);
        expect(new URL(page.url()).searchParams.get("lijst")).toBe(search.searchParams.get("lijst"));
      }
      await page.goto(
        `${e2e.app.base}/verwijsbrief?services=x&terug=${encodeURIComponent("https://evil.example/verwijzen")}`,
      );
      expect(await href(page, "main a")).toBe("/verwijzen");
      await page.close();
    }
  }, 180_000);

  it("on a phone, one finger over the map scrolls the page; 'Kaart verplaatsen' or two fingers move the map", async () => {
    for (const l of LOCALES) {
      const page = await phone();
      await page.goto(`${e2e.app.base}${withLang("/zoeken?q=3512&dienst=schuldhulp", l)}`);
      await page.getByRole("button", { name: resident(l).mapShow }).click();
      await page.locator(".bw-marker, .bw-cluster").first().waitFor();
      const map = page.locator(".leaflet-container");
      await page.evaluate(() => window.scrollTo(0, 0));
      await map.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
      const box = (await map.boundingBox())!;
      const before = { y: await page.evaluate(() => window.scrollY), pane: await mapPane(page) };
      await swipe(page, box.x + box.width / 2, box.y + box.height / 2, 250);
      await page.waitForFunction((y) => window.scrollY !== y, before.y, { timeout: 5000 });
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before.y + 100); // the page scrolled …
      expect(await mapPane(page)).toBe(before.pane); // … and the map stayed where it was
      expect(page.url()).not.toContain("kaart=");
      expect(await page.locator("p.map-touch").textContent()).toContain(resident(l).mapMoveHint);
      // Two fingers move the map, and not the page.
      await map.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
      const box1 = (await map.boundingBox())!;
      const y1 = await page.evaluate(() => window.scrollY);
      await swipe(page, box1.x + box1.width / 2, box1.y + box1.height / 2, 150, 2);
      await page.waitForURL(/kaart=/);
      // (Chromium may pan the page a little before Leaflet takes the two-finger gesture — 24 px once on a loaded
      // machine — not the 150 px of this swipe that one finger scrolls.)
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - y1)).toBeLessThan(60);
      const moved = new URL(page.url()).searchParams.get("kaart");
      // With "Kaart verplaatsen" pressed, one finger moves the map.
      const toggle = page.getByRole("button", { name: resident(l).mapMove });
      await toggle.click();
      expect(await toggle.getAttribute("aria-pressed")).toBe("true");
      await map.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
      const box2 = (await map.boundingBox())!;
      await swipe(page, box2.x + box2.width / 2, box2.y + box2.height / 2, 150);
      await page.waitForURL((u) => u.searchParams.get("kaart") !== moved);
      // "Zoek in dit gebied" appears, clear of the zoom buttons.
      await expectClearOfZoom(page, resident(l).searchHere);
      expect(await violations(page), page.url()).toEqual([]);
      await page.close();
    }
  }, 180_000);

  it("'Zoek in dit gebied' keeps the typed place and says it searched around the map's centre, at 1280 and 360 px", async () => {
    for (const l of LOCALES) {
      const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${e2e.app.base}${withLang("/zoeken?q=3512&dienst=schuldhulp", l)}`);
      await page.locator(".bw-result").first().waitFor();
      await dragMap(page);
      await page.waitForURL(/kaart=/);
      await expectClearOfZoom(page, resident(l).searchHere);
      await Promise.all([page.waitForURL(/bij=/), page.getByRole("link", { name: resident(l).searchHere }).click()]);
      const url = new URL(page.url());
      expect(url.searchParams.get("q")).toBe("3512");
      expect(url.searchParams.get("midden")).toBe("kaart");
      expect(await page.locator("#q").inputValue()).toBe("3512"); // the typed place stays in the field
      const heading = (await page.locator("#results").textContent()) ?? "";
      const reach = (await page.locator("#results-list > ol.results > li.card .meta bdi").last().textContent()) ?? "";
      const to = await page.locator("#results-list > ol.results > li.card").count();
      expect(heading).toBe(
        residentText(l)("resultsAroundMapCentre", { from: 1, to, one: to === 1 ? "yes" : "no", reach, bdi: (c) => c }),
      );
      // Inside Arabic the distance is isolated (<bdi>), so "3.2 km" does not read "km 3.2".
      if (l === "ar") expect(await page.locator("#results bdi").allTextContents()).toEqual([reach]);
      expect(heading).not.toContain(resident(l).yourLocation);
      if (l === "nl") expect(heading).toContain("rond het midden van de kaart");
      // The results are around the map's centre, not the typed postcode: the list differs from 3512's.
      expect(await violations(page), page.url()).toEqual([]);
      await page.close();
    }
    // "Gebruik mijn locatie" (bij= without midden=kaart) still says "uw locatie".
    const page = await e2e.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${e2e.app.base}/zoeken?bij=52.09,5.12&dienst=schuldhulp`);
    expect(await page.locator("#results").textContent()).toContain("dichtbij uw locatie");
    await page.close();
  }, 180_000);

  it("never hides a cluster's count under one of the list's markers", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${e2e.app.base}/zoeken?q=3512&kaart=12/52.09/5.12`);
    await page.locator(".bw-cluster").first().waitFor();
    await page.locator(".bw-result").first().waitFor();
    // Wherever a cluster and a result marker overlap, the cluster is drawn on top.
    const hidden = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect();
      const z = (el: Element) => Number(getComputedStyle(el).zIndex);
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const results = [...document.querySelectorAll(".leaflet-marker-icon.bw-result")];
      let pairs = 0,
        under = 0;
      for (const c of document.querySelectorAll(".leaflet-marker-icon.bw-cluster")) {
        for (const r of results)
          if (overlap(box(c), box(r))) {
            pairs++;
            if (z(c) <= z(r)) under++;
          }
      }
      return { pairs, under };
    });
    expect(hidden.under).toBe(0);
    // Leaflet stacks a marker at its y position plus its zIndexOffset: the offsets say which layer wins where two
    // meet, wherever that happens (the overlap above may be empty in a given view).
    const offsets = await page.evaluate(() => {
      const offset = (el: Element) => {
        const y = /translate3d\([^,]+,\s*(-?[\d.]+)px/.exec((el as HTMLElement).style.transform)?.[1];
        return Number(getComputedStyle(el).zIndex) - Number(y);
      };
      return {
        clusters: [...document.querySelectorAll(".leaflet-marker-icon.bw-cluster")].map(offset),
        results: [...document.querySelectorAll(".leaflet-marker-icon.bw-result:not(.bw-selected)")].map(offset),
      };
    });
    expect(offsets.clusters.length).toBeGreaterThan(0);
    expect(Math.min(...offsets.clusters)).toBeGreaterThan(Math.max(...offsets.results));
    await page.close();
  }, 60_000);

  it.each([360, 1280])(
    "clusters the list's own markers when zoomed out, and shows each one when zoomed in (%i px)",
    async (width) => {
      const page = await e2e.browser.newPage({ viewport: { width, height: 800 } });
      const count = () =>
        page.evaluate(() => ({
          single: document.querySelectorAll(".leaflet-marker-icon.bw-result, .leaflet-marker-icon.bw-selected").length,
          grouped: [...document.querySelectorAll(".leaflet-marker-icon.bw-list-cluster span")].reduce(
            (n, el) => n + Number(el.textContent),
            0,
          ),
          clusters: document.querySelectorAll(".leaflet-marker-icon.bw-list-cluster").length,
        }));
      const open = async (view: string) => {
        await page.goto(`${e2e.app.base}/zoeken?q=3512&kaart=${view}`);
        // (A link with a map view opens the map by itself, on a phone too.)
        await page.locator(".bw-result, .bw-list-cluster").first().waitFor();
      };
      await open("9/52.09/5.12");
      const out = await count();
      expect(out.clusters).toBeGreaterThan(0);
      expect(out.single + out.grouped).toBe(20); // every place of the list, in a cluster or by itself
      // A list cluster zooms in when chosen, like the others.
      await page.locator(".leaflet-marker-icon.bw-list-cluster").first().click();
      await page.waitForURL(/kaart=1[0-9]\//);
      await open("13/52.09/5.12");
      const near = await count();
      expect(near.clusters).toBe(0);
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it("clusters the markers of an organisation with hundreds of places, at 1280 and 360 px", async () => {
    const { rows } = await e2e.db.query<{ slug: string; n: number }>(`
      SELECT o.slug, count(*)::int AS n FROM facility f JOIN organization o ON o.id = f.operator_id
      WHERE f.status <> 'closed' GROUP BY o.slug ORDER BY n DESC LIMIT 1`);
    const { slug, n } = rows[0]!;
    expect(n).toBeGreaterThan(100);
    for (const width of WIDTHS) {
      for (const l of LOCALES) {
        const page = width < 400 ? await phone() : await e2e.browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${e2e.app.base}${withLang(`/organisaties/${slug}`, l)}`);
        if (width < 400) await page.getByRole("button", { name: resident(l).mapShow }).click();
        await page.locator(".bw-cluster").first().waitFor();
        const markers = await page.locator(".leaflet-marker-icon").count();
        expect(markers).toBeLessThan(60);
        // Every place is counted once: in a cluster's number or as its own marker.
        const counted = await page.evaluate(() =>
          [...document.querySelectorAll(".leaflet-marker-icon")].reduce(
            (sum, el) => sum + (el.classList.contains("bw-cluster") ? Number(el.textContent) : 1),
            0,
          ),
        );
        expect(counted).toBe(n);
        if (l === "nl") {
          // Choosing a cluster zooms in to its places (the map then shows other markers).
          const before = await page
            .locator(".leaflet-marker-icon")
            .evaluateAll((els) => els.map((el) => el.getAttribute("title")).join("|"));
          await page.locator(".bw-cluster").first().click();
          await page.waitForFunction(
            (b) =>
              [...document.querySelectorAll(".leaflet-marker-icon")].map((el) => el.getAttribute("title")).join("|") !==
              b,
            before,
          );
        }
        expect(await violations(page), page.url()).toEqual([]);
        await page.close();
      }
    }
  }, 180_000);

  it("shows the filters' disclosure marker and puts labels above their selects (/zoeken, /verwijzen)", async () => {
    for (const width of WIDTHS) {
      const page = await e2e.browser.newPage({ viewport: { width, height: 900 } });
      for (const l of LOCALES) {
        await page.goto(`${e2e.app.base}${withLang("/zoeken?q=3512", l)}`);
        await page.waitForLoadState("networkidle"); // hydrated: "Gebruik mijn locatie" and the map are in place
        const summary = page.locator("form.search details > summary");
        const marker = () => summary.evaluate((el) => getComputedStyle(el, "::before").content);
        expect(await page.locator("form.search details").getAttribute("open")).toBeNull();
        const closed = await marker();
        expect(closed).toMatch(/[▸◂]/);
        await summary.click();
        expect(await marker()).toMatch(/▾/);
        for (const id of ["soort", "doelgroep", "taal"])
          expect(await labelAbove(page, id), `${l} ${width} ${id}`).toBe(true);
        expect(await violations(page), page.url()).toEqual([]);
      }
      await page.goto(`${e2e.app.base}/verwijzen?q=3512`);
      for (const id of ["straal", "doelgroep", "taal"])
        expect(await labelAbove(page, id), `/verwijzen ${width} ${id}`).toBe(true);
      await page.close();
    }
  }, 120_000);

  it("explains 'Rolstoel: onbekend', 'Inloop' and 'Welzijn op recept' in plain words, in nl/en/ar", async () => {
    const {
      rows: [unknown],
    } = await e2e.db.query<{ slug: string }>(
      "SELECT slug FROM facility WHERE status = 'active' AND wheelchair = 'unknown' ORDER BY slug LIMIT 1",
    );
    for (const width of WIDTHS) {
      const page = await e2e.browser.newPage({ viewport: { width, height: 900 } });
      for (const l of LOCALES) {
        await page.goto(`${e2e.app.base}${withLang(`/locaties/${unknown!.slug}`, l)}`);
        expect(await page.locator(".facts").textContent()).toContain(resident(l).wheelchairUnknownHelp);
        expect(await violations(page), page.url()).toEqual([]);
        for (const code of ["inloop", "welzijn-op-recept"]) {
          await page.goto(`${e2e.app.base}${withLang(`/zoeken?q=3512&dienst=${code}`, l)}`);
          const sentence = TERM_SENTENCES[l][code]!;
          expect(await page.locator("li.card").first().textContent()).toContain(sentence); // in the result …
          await page.locator("li.card h3 a").first().click();
          await page.waitForURL(/\/locaties\//);
          expect(await page.locator(".services .explain").allTextContents()).toContainEqual(
            expect.stringContaining(sentence),
          ); // … and on its page
          expect(await page.locator(".services .explain").first().isVisible()).toBe(true);
          expect(await violations(page), page.url()).toEqual([]);
        }
      }
      await page.close();
    }
  }, 240_000);
});

/** "Zoek in dit gebied" is shown and does not cover Leaflet's zoom buttons. */
async function expectClearOfZoom(page: Page, label: string) {
  const button = page.getByRole("link", { name: label });
  await button.waitFor();
  const a = (await button.boundingBox())!;
  const z = (await page.locator(".leaflet-control-zoom").boundingBox())!;
  const overlap = a.x < z.x + z.width && z.x < a.x + a.width && a.y < z.y + z.height && z.y < a.y + a.height;
  expect(overlap, `${label} covers the zoom control`).toBe(false);
  // And it fits inside the map.
  const m = (await page.locator(".leaflet-container").boundingBox())!;
  expect(a.x).toBeGreaterThanOrEqual(m.x);
  expect(a.x + a.width).toBeLessThanOrEqual(m.x + m.width + 1);
}

/** The select's label ends above the select's top (measured in one go, so nothing moves in between). */
function labelAbove(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const label = document.querySelector(`label[for="${id}"]`)?.getBoundingClientRect();
    const select = document.getElementById(id)?.getBoundingClientRect();
    return Boolean(label && select && label.bottom <= select.top + 1 && label.width > 0);
  }, id);
}
