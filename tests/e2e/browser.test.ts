import { describe, expect, it } from "vitest";

import { startAppAndBrowser } from "../support/app-browser";
import { cspViolations, dragMap, violations } from "../support/browser";

// The resident pages in a real Chromium (tests/support/chromium.ts: Debian's, else the packaged one): axe-core finds no
// WCAG 2.1 AA violations, the path works by keyboard and without JavaScript, and nothing overflows at 320 px.

const e2e = startAppAndBrowser();

async function firstFacilityPath(): Promise<{ facility: string; organization: string }> {
  const html = await (await fetch(`${e2e.app.base}/zoeken?q=3512&dienst=schuldhulp`)).text();
  const facility = html.match(/<h3><a href="(\/locaties\/[a-z0-9-]+)(?:\?[^"]*)?">/)?.[1] ?? "";
  const page = await (await fetch(`${e2e.app.base}${facility}`)).text();
  const organization = page.match(/href="(\/organisaties\/[a-z0-9-]+)"/)?.[1] ?? "";
  return { facility, organization };
}

describe("resident pages in Chromium", () => {
  it("have no axe violations (WCAG 2.1 AA) in every language, with results, filters, errors and empty lists", async () => {
    const { facility, organization } = await firstFacilityPath();
    expect(facility).not.toBe("");
    expect(organization).not.toBe("");
    const paths = [
      "/",
      "/zoeken",
      "/zoeken?q=3512&dienst=schuldhulp",
      "/zoeken?q=3512&dienst=schuldhulp&dienst=inloop&gratis=ja&rolstoel=ja&soort=buurthuis",
      "/zoeken?q=Atlantis",
      "/zoeken?q=Ameland&dienst=dagbesteding&soort=kantoor&rolstoel=ja&open=nu",
      facility,
      organization,
    ];
    const page = await e2e.browser.newPage();
    // The check itself catches a known violation (an input without a label).
    await page.setContent(
      '<!doctype html><html lang="nl"><head><title>t</title></head><body><main><input type="text"></main></body></html>',
    );
    expect((await violations(page)).join()).toMatch(/label/);
    const found: string[] = [];
    // The start page and the search in all six languages; the other pages in nl/en/ar. Each in its path's language
    // (/nl/… stands for Dutch: it redirects to the unprefixed page and remembers Dutch, after Arabic was remembered).
    const mine = (path: string) => path === "/" || path.startsWith("/zoeken");
    for (const path of paths) {
      for (const lang of mine(path) ? ["nl", "en", "ar", "tr", "pl", "uk"] : ["nl", "en", "ar"]) {
        const url = `${e2e.app.base}/${lang}${path === "/" ? "" : path}`;
        await page.goto(url);
        for (const v of await violations(page)) found.push(`${url} → ${v}`);
        expect(await page.locator("html").getAttribute("lang"), url).toBe(lang);
        if (lang === "ar") expect(await page.locator('main[dir="rtl"][lang="ar"]').count(), url).toBe(1);
      }
    }
    await page.close();
    expect(found).toEqual([]);
  }, 180_000);

  it("marks what organisations wrote as Dutch on English and Arabic pages, in its own direction (360 and 1280 px)", async () => {
    const { facility, organization } = await firstFacilityPath();
    const api = (await (await fetch(`${e2e.app.base}/api/v1/facilities/${facility.split("/").at(-1)}`)).json()).data;
    expect(api.description.length).toBeGreaterThan(0);
    const notes = {
      en: "The organisation wrote these texts in Dutch.",
      ar: "كتبت المنظمة هذه النصوص باللغة الهولندية.",
    };
    const page = await e2e.browser.newPage();
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of ["en", "ar"] as const) {
        for (const path of [facility, organization]) {
          await page.goto(`${e2e.app.base}${path}?lang=${lang}`);
          const dutch = page.locator('main p[lang="nl"][dir="auto"]');
          expect(await dutch.count(), path).toBeGreaterThan(0);
          // Dutch text keeps left-to-right order inside an Arabic page: its full stop stays at its end.
          expect(await dutch.first().evaluate((e) => getComputedStyle(e).direction), path).toBe("ltr");
          expect(await page.getByText(notes[lang]).count(), path).toBe(1);
          expect(await violations(page), path).toEqual([]);
        }
        await page.goto(`${e2e.app.base}${facility}?lang=${lang}`);
        expect(await page.locator('main p[lang="nl"]').first().textContent()).toBe(api.description);
      }
      // On a Dutch page nothing is marked and nothing needs saying (?lang=nl: the remembered choice is Arabic now).
      await page.goto(`${e2e.app.base}${facility}?lang=nl`);
      expect(await page.locator('main p[lang="nl"], main bdi[lang="nl"]').count()).toBe(0);
      expect(await page.getByText("De organisatie schreef deze teksten in het Nederlands.").count()).toBe(0);
    }
    await page.close();
  });

  it("goes from search to a facility's route link with the keyboard alone", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.app.base}/zoeken`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Naar de inhoud");
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "q"; i++)
      await page.keyboard.press("Tab");
    await page.keyboard.type("3512");
    // Tab on (past "use my location" and the filters' summary) to the first service checkbox, tick it, and back.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.name || el?.id || el?.tagName || "";
      });
    for (let i = 0; i < 10 && (await focused()) !== "dienst"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    for (let i = 0; i < 10 && (await focused()) !== "q"; i++) await page.keyboard.press("Shift+Tab");
    await Promise.all([page.waitForURL(/zoeken\?q=3512/), page.keyboard.press("Enter")]);
    expect(page.url()).toContain("dienst=schuldhulp");
    // The map (and its skip link) loads lazily beside the list on a wide screen: wait for it before tabbing past it.
    await page.locator(".skip-map").waitFor({ state: "attached" });
    // Tab until a result link has focus (skipping the map's markers with its skip link), then open it.
    let skipped = false;
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("skip-map"))) {
        skipped = true;
        await page.keyboard.press("Enter");
      }
      if (
        await page.evaluate(() =>
          (document.activeElement as HTMLAnchorElement | null)?.pathname?.startsWith("/locaties/"),
        )
      )
        break;
    }
    expect(skipped).toBe(true); // the map is open beside the list on this wide screen
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toMatch(
      /^\/locaties\//,
    );
    await Promise.all([page.waitForURL(/\/locaties\//), page.keyboard.press("Enter")]);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href?.startsWith("geo:")))
        break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toMatch(/^geo:\d/);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none"); // focus is visible
    await page.close();
  }, 60_000);

  it("lists results and shows the facility page with JavaScript switched off", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.app.base}/zoeken?q=3512&dienst=schuldhulp`);
    expect(await page.locator("li.card").count()).toBe(20);
    // No button that needs JavaScript to do anything (issue 12 §4: "Toon op de kaart" and "Link kopiëren" were dead).
    expect(await page.locator("button[type=button]").count()).toBe(0);
    // The API's parameter names work too.
    const dutch = await page.locator("li.card h3").allTextContents();
    await page.goto(`${e2e.app.base}/zoeken?postcode=3512&service=schuldhulp`);
    expect(await page.locator("li.card h3").allTextContents()).toEqual(dutch);
    await page.goto(`${e2e.app.base}/zoeken?q=3512&dienst=schuldhulp`);
    const link = page.locator("li.card h3 a").first();
    const name = (await link.textContent())?.trim() ?? "";
    expect(name).not.toBe("");
    await link.click();
    // The click really leads to that facility's page (a locator is always truthy: check what it finds).
    await page.waitForURL(/\/locaties\/[a-z0-9-]+/);
    expect((await page.locator("h1").textContent())?.trim()).toBe(name);
    expect(await page.locator("a[href^='geo:']").count()).toBe(1);
    // Languages by name, not code ("Talen: Nederlands en Arabisch", not "NL, AR"); the week table starts today.
    const talen = await page.locator("p", { hasText: /^Talen: / }).allTextContents();
    expect(talen.length).toBeGreaterThan(0);
    for (const line of talen) expect(line).not.toMatch(/\b[A-Z]{2}\b/);
    expect(talen.join(" ")).toContain("Nederlands");
    expect(await page.locator("table.hours tbody tr").first().getAttribute("aria-current")).toBe("date");
    expect(await page.locator("button[type=button]").count()).toBe(0);
    expect(await page.locator("#share-url").count()).toBe(1); // the link itself stays, to select and copy
    await context.close();
  });

  it("on a phone, shows a search error right under the search field, with the filters folded away", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${e2e.app.base}/nl/zoeken?q=xyzzy+qwerty`);
    const alert = page.locator("#q-problems");
    const box = await alert.boundingBox();
    const field = await page.locator("#q").boundingBox();
    expect(box && field && box.y > field.y && box.y < field.y + 200).toBe(true);
    expect(await page.locator("form.search details").getAttribute("open")).toBeNull();
    expect(await page.locator("#q").getAttribute("aria-describedby")).toContain("q-problems");
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it("answers an unknown page with a plain 404 page in Dutch and English, not Next.js's English default", async () => {
    for (const path of ["/locaties/bestaat-niet-echt", "/organisaties/bestaat-niet-echt", "/pagina-die-er-niet-is"]) {
      const res = await fetch(`${e2e.app.base}${path}`);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      // In the HTML itself, not only in the script payload (Next.js's notFound() from a dynamic page sent an empty
      // `__next_error__` document: a blank page without JavaScript; lib/i18n/not-found-page.ts).
      expect(html, path).toMatch(/<h1>Deze pagina bestaat niet<\/h1>/);
      expect(html, path).not.toContain("__next_error__");
      expect(html, path).not.toContain("This page could not be found");
    }
    const plain = await e2e.browser.newContext({ javaScriptEnabled: false });
    const nojs = await plain.newPage();
    await nojs.goto(`${e2e.app.base}/en/locaties/bestaat-niet-echt`);
    expect(await nojs.locator("h1").textContent()).toBe("This page does not exist");
    expect(await nojs.locator("html").getAttribute("lang")).toBe("en");
    await plain.close();
    for (const width of [360, 1280]) {
      const page = await e2e.browser.newPage({ viewport: { width, height: 800 } });
      for (const path of ["/pagina-die-er-niet-is", "/locaties/bestaat-niet-echt", "/ar/organisaties/bestaat-niet"]) {
        await page.goto(`${e2e.app.base}${path}`);
        expect(await violations(page), path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      }
      await page.close();
    }
  });

  it("fits a 320 px wide screen without sideways scrolling, with tap targets of at least 44 px", async () => {
    const { facility } = await firstFacilityPath();
    const page = await e2e.browser.newPage({ viewport: { width: 320, height: 640 } });
    const organisation =
      (await (await fetch(`${e2e.app.base}${facility}`)).text()).match(/href="(\/organisaties\/[a-z0-9-]+)"/)?.[1] ??
      "/organisaties/x";
    const services = (
      (await (await fetch(`${e2e.app.base}/api/v1/services?postcode=3512&limit=3`)).json()) as {
        data: { location: { service_at_location_id: string } }[];
      }
    ).data
      .map((s) => s.location.service_at_location_id)
      .join(",");
    // Every public page in every language it offers: the start page, the search and the referral pages in six, the
    // other residents' pages in nl/en/ar.
    const wide: string[] = [];
    for (const lang of ["nl", "en", "ar", "tr", "pl", "uk"]) {
      const resident = ["nl", "en", "ar"].includes(lang) ? [facility, organisation, "/privacy"] : [];
      const paths = ["/", "/zoeken?q=3512&dienst=schuldhulp", ...resident, "/verwijzen?q=3512"];
      for (const path of [...paths, `/verwijsbrief?services=${services}`]) {
        const url = `/${lang}${path === "/" ? "" : path}`;
        await page.goto(`${e2e.app.base}${url}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${url}: ${width} px`);
      }
    }
    expect(wide).toEqual([]);
    for (const path of ["/", "/zoeken"]) {
      await page.goto(`${e2e.app.base}${path}`);
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            "button, select, input[type=search], .choices label, .tiles label, .chips a, summary",
          ),
        ]
          .filter((el) => el.getBoundingClientRect().height < 44)
          .map((el) => el.outerHTML.slice(0, 60)),
      );
      expect(small, path).toEqual([]);
    }
    await page.close();
  });

  it("on a phone, loads Leaflet only when the map is asked for, then shows clustered markers even without tiles", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    const scripts: string[] = [];
    page.on("response", async (r) => {
      if (r.request().resourceType() === "script") scripts.push(await r.text().catch(() => ""));
    });
    const hasLeaflet = () => scripts.some((src) => src.includes("leafletjs.com"));
    await page.goto(`${e2e.app.base}/`);
    await page.goto(`${e2e.app.base}/zoeken?q=3512&dienst=schuldhulp`);
    await page.waitForLoadState("networkidle");
    expect(hasLeaflet()).toBe(false);
    await page.getByRole("button", { name: "Toon op de kaart" }).click();
    await page.locator(".leaflet-container").waitFor();
    await page.locator(".bw-marker, .bw-cluster").first().waitFor();
    expect(hasLeaflet()).toBe(true);
    expect(await page.locator(".bw-marker, .bw-cluster").count()).toBeGreaterThan(0);
    expect(await page.locator("li.card").count()).toBe(20); // the list stays
    // A legend says what the signs mean, opened with the keyboard; clusters say "tik" for touch screens.
    const legend = page.locator("details.map-legend");
    await legend.locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await legend.getAttribute("open")).not.toBeNull();
    const words = (await legend.textContent()) ?? "";
    for (const part of [
      "B: Buurthuis",
      "D: Dorpshuis",
      "W: Wijkcentrum",
      "K: Buurtkamer",
      "gevuld",
      "open:",
      "Tik of klik",
    ])
      expect(words).toContain(part);
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it("on a wide screen, shows the map beside the list, in sync with it, with every other match as server clusters", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const csp = cspViolations(page);
    const res = await page.goto(`${e2e.app.base}/zoeken?q=3512&dienst=schuldhulp`);
    expect(res?.headers()["content-security-policy"]).toContain("object-src 'none'");
    await page.locator(".bw-result").first().waitFor();
    const [list, map] = [
      await page.locator(".list").boundingBox(),
      await page.locator(".leaflet-container").boundingBox(),
    ];
    expect(map!.x).toBeGreaterThan(list!.x + list!.width - 1); // beside, not above
    expect(await page.locator(".bw-result").count()).toBe(20); // the list's own facilities
    await page.locator(".bw-cluster, .bw-other").first().waitFor(); // the other matches, from /api/v1/clusters
    // Pointing at a list item highlights its marker …
    const third = page.locator("li.card").nth(2);
    const name = (await third.locator("h3").textContent())!.trim();
    await third.hover();
    await page.locator(".bw-selected").waitFor();
    expect(await page.locator(".leaflet-marker-icon.bw-selected").getAttribute("title")).toBe(name);
    // … and choosing a marker highlights its list item.
    const fifth = page.locator("li.card").nth(4);
    const fifthName = (await fifth.locator("h3").textContent())!.trim();
    await page.locator(`.leaflet-marker-icon.bw-result[title="${fifthName}"]`).first().click();
    await page.locator("li.card.selected").waitFor();
    expect((await page.locator("li.card.selected h3").textContent())!.trim()).toBe(fifthName);
    expect(csp).toEqual([]); // the map and its lazy chunk work under the public CSP
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it("keeps the map's view in the link and offers a new search in the area the reader moved to", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${e2e.app.base}/zoeken?q=3512&dienst=schuldhulp`);
    await page.locator(".bw-result").first().waitFor();
    await dragMap(page);
    await page.waitForURL(/kaart=\d+\/[\d.]+\/[\d.]+/);
    const view = /kaart=(\d+)\/([\d.]+)\/([\d.]+)/.exec(page.url())!;
    await Promise.all([page.waitForURL(/bij=/), page.getByRole("link", { name: "Zoek in dit gebied" }).click()]);
    const url = new URL(page.url());
    expect(url.searchParams.get("bij")).toBe(`${view[2]},${view[3]}`);
    expect(url.searchParams.get("q")).toBe("3512"); // the typed place stays in the field (map-and-words.test.ts)
    expect(url.searchParams.getAll("dienst")).toEqual(["schuldhulp"]); // the filters stay
    expect(await page.locator("#results").textContent()).toContain("rond het midden van de kaart");
    // A shared link with a map view opens the map there, even on a phone.
    const phone = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${e2e.app.base}/zoeken?q=Utrecht&kaart=7/52.2/5.3`);
    // The other matches' clusters from the server (the list's own places cluster too at this zoom, at once).
    await phone.locator(".bw-cluster:not(.bw-list-cluster)").first().waitFor();
    const total = await phone.evaluate(() =>
      [...document.querySelectorAll(".bw-cluster:not(.bw-list-cluster) span")].reduce(
        (n, el) => n + Number(el.textContent),
        0,
      ),
    );
    expect(total).toBeGreaterThan(1000); // the whole country in view: thousands of facilities, a few dozen markers
    expect(await phone.locator(".leaflet-marker-icon").count()).toBeLessThan(150);
    await phone.close();
    await page.close();
  }, 60_000);

  it("searches by place name, filters by audience and language, and removes a filter with its chip", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${e2e.app.base}/zoeken`);
    await page.locator("#q").fill("Den Bosch");
    await page.getByRole("checkbox", { name: "Inloop" }).check();
    // (Inloop for "ouderen" does not exist in the demo data: the old heading said "0 plekken dichtbij …" and this
    // test passed on an empty list.)
    await page.locator("#doelgroep").selectOption("nieuwkomers");
    await page.locator("#taal").selectOption("en");
    await Promise.all([page.waitForURL(/q=Den\+Bosch/), page.getByRole("button", { name: "Zoeken" }).click()]);
    expect(await page.locator("#results").textContent()).toMatch(/^Plekken 1–20 dichtbij .*'s-Hertogenbosch/);
    expect(await page.locator("#results-list > ol.results > li").count()).toBe(20);
    const chips = await page.locator(".chips a").allTextContents();
    expect(chips.map((c) => c.replace(" ✕", ""))).toEqual(["Inloop", "Nieuwkomers", "In het Engels"]);
    await Promise.all([
      page.waitForURL((u) => !u.searchParams.has("taal")),
      page.getByRole("link", { name: "Filter In het Engels weghalen" }).click(),
    ]);
    expect(new URL(page.url()).searchParams.get("doelgroep")).toBe("nieuwkomers");
    expect(await page.locator(".chips a").count()).toBe(2);
    await page.close();
  }, 60_000);

  it("remembers the chosen language in a cookie that holds only the language, on every page", async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.app.base}/`);
    await Promise.all([page.waitForURL(/\/en$/), page.getByRole("link", { name: "English" }).click()]);
    expect(await page.locator("h1").textContent()).toBe("Buurtwijzer");
    expect(await page.locator("label[for=q]").textContent()).toBe("Postcode, town or address");
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.value, c.httpOnly, c.sameSite])).toEqual([["taal", "en", true, "Lax"]]);
    // A link without a language (someone shared a Dutch link) opens in the remembered language …
    await page.goto(`${e2e.app.base}/zoeken?q=3512`);
    expect(new URL(page.url()).pathname).toBe("/en/zoeken");
    expect(await page.locator("main").getAttribute("lang")).toBe("en");
    // The page's own links are in English too: the facility page under /en/, the form to /en/zoeken.
    const facility = await page.locator("li.card h3 a").first().getAttribute("href");
    expect(facility).toMatch(/^\/en\/locaties\//);
    expect(await page.locator("form.search").getAttribute("action")).toBe("/en/zoeken");
    await page.goto(`${e2e.app.base}${facility!.replace(/^\/en/, "").replace(/\?.*$/, "")}`);
    expect(await page.locator("main").getAttribute("lang")).toBe("en");
    // … and the switch on the facility page changes it back, for the next pages too.
    await Promise.all([
      page.waitForURL((u) => u.pathname.startsWith("/locaties/")),
      page.getByRole("link", { name: "Nederlands" }).click(),
    ]);
    await page.goto(`${e2e.app.base}/zoeken?q=3512`);
    expect(page.url()).toBe(`${e2e.app.base}/zoeken?q=3512`);
    expect(await page.locator("main").getAttribute("lang")).toBe("nl");
    await context.close();
  }, 60_000);

  it("searches around the reader's position with 'Gebruik mijn locatie', and explains when it is refused", async () => {
    const allowed = await e2e.browser.newContext({
      geolocation: { latitude: 52.0907, longitude: 5.1214 },
      permissions: ["geolocation"],
    });
    const page = await allowed.newPage();
    await page.goto(`${e2e.app.base}/`);
    await page.getByRole("checkbox", { name: "Schuldhulp" }).check();
    await Promise.all([
      page.waitForURL(/\/zoeken\?bij=52\.0907/),
      page.getByRole("button", { name: "Gebruik mijn locatie" }).click(),
    ]);
    expect(page.url()).toContain("dienst=schuldhulp");
    await page.locator("li.card").first().waitFor();
    expect(await page.locator("#results").textContent()).toContain("dichtbij uw locatie");
    await allowed.close();

    const refused = await e2e.browser.newContext(); // no permission: the browser refuses
    const page2 = await refused.newPage();
    await page2.goto(`${e2e.app.base}/`);
    await page2.locator("#q").fill("3512");
    await page2.getByRole("button", { name: "Gebruik mijn locatie" }).click();
    await page2.getByText("We konden uw locatie niet vinden").waitFor();
    expect(await page2.locator("#q").inputValue()).toBe("3512");
    expect(page2.url()).toBe(`${e2e.app.base}/`);
    await refused.close();
  }, 60_000);
});
