import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { MISSING_MESSAGE_MARK } from "../../lib/i18n/on-error";
import { startAppAndBrowser } from "../support/app-browser";
import { violations } from "../support/browser";

// The facility, organisation and privacy pages in the languages residents read besides Dutch and English (issue 14):
// <html lang dir> from the path, a title of their own, no axe violations, no sideways scrolling, the organisation's
// Dutch isolated on an Arabic page, links that keep the language in the path (never ?lang=), and a report that comes
// back to the page in its language.

const e2e = startAppAndBrowser();
const LOCALES = ["tr", "pl", "uk", "ar"] as const;
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
];

let facility = "";
let organisation = "";
let description = "";
const serverLog: string[] = [];

beforeAll(async () => {
  for (const s of [e2e.app.process.stdout, e2e.app.process.stderr]) s?.on("data", (d) => serverLog.push(String(d)));
  const list = await (await fetch(`${e2e.app.base}/api/v1/facilities?postcode=3512&limit=10`)).json();
  for (const { slug } of list.data as { slug: string }[]) {
    const api = (await (await fetch(`${e2e.app.base}/api/v1/facilities/${slug}`)).json()).data;
    const html = await (await fetch(`${e2e.app.base}/locaties/${slug}`)).text();
    const org = html.match(/href="(\/organisaties\/[a-z0-9-]+)"/)?.[1];
    if (api.description && org) {
      [facility, organisation, description] = [`/locaties/${slug}`, org, api.description];
      break;
    }
  }
  expect(facility).not.toBe("");
}, 60_000);

const titleOf = async (path: string) =>
  (await (await fetch(`${e2e.app.base}${path}`)).text()).match(/<title>([^<]*)<\/title>/)?.[1] ?? "";

async function checkPage(page: Page, locale: string, path: string, dutchTitle: string): Promise<string[]> {
  const where = `/${locale}${path} ${page.viewportSize()?.width}`;
  const found: string[] = [];
  await page.goto(`${e2e.app.base}/${locale}${path}`);
  expect(await page.locator("html").getAttribute("lang"), where).toBe(locale);
  expect((await page.locator("html").getAttribute("dir")) === "rtl", where).toBe(locale === "ar");
  const title = await page.title();
  expect(title, where).not.toBe("");
  expect(title, where).not.toBe(dutchTitle);
  // The switch offers all six languages; no link inside the page falls back to ?lang=.
  expect(await page.locator("main nav a[hreflang]").count(), where).toBe(6);
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(
    hrefs.filter((h) => /[?&]lang=/.test(h)),
    where,
  ).toEqual([]);
  for (const h of hrefs.filter((x) => /^\/(locaties|organisaties|zoeken)/.test(x)))
    found.push(`${where}: link without language ${h}`);
  for (const v of await violations(page)) found.push(`${where} → ${v}`);
  return found;
}

describe("facility, organisation and privacy pages in tr, pl, uk and ar", () => {
  it("have <html lang dir>, their own title, six languages and no axe violations at 360 and 1280 px", async () => {
    const paths = [facility, organisation, "/privacy"];
    const dutch = Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await titleOf(p)] as const)));
    const found: string[] = [];
    for (const viewport of VIEWPORTS) {
      const page = await e2e.browser.newPage({ viewport });
      for (const locale of LOCALES)
        for (const path of paths) found.push(...(await checkPage(page, locale, path, dutch[path] ?? "")));
      await page.close();
    }
    expect(found).toEqual([]);
    expect(
      serverLog
        .join("")
        .split("\n")
        .filter((l) => l.includes(MISSING_MESSAGE_MARK)),
    ).toEqual([]);
  }, 240_000);

  it("keeps the organisation's Dutch as Dutch, left to right, on an Arabic page, and says so in each language", async () => {
    const notes = {
      tr: "Kuruluş bu metinleri Hollandaca yazdı.",
      pl: "Organizacja napisała te teksty po niderlandzku.",
      uk: "Організація написала ці тексти нідерландською мовою.",
      ar: "كتبت المنظمة هذه النصوص باللغة الهولندية.",
    };
    const page = await e2e.browser.newPage({ viewport: VIEWPORTS[0] });
    for (const locale of LOCALES)
      for (const path of [facility, organisation]) {
        await page.goto(`${e2e.app.base}/${locale}${path}`);
        expect(await page.getByText(notes[locale]).count(), `${locale} ${path}`).toBe(1);
        const dutch = page.locator('main p[lang="nl"][dir="auto"], main bdi[lang="nl"]');
        expect(await dutch.count(), `${locale} ${path}`).toBeGreaterThan(0);
        if (locale === "ar") expect(await dutch.first().evaluate((e) => getComputedStyle(e).direction)).toBe("ltr");
      }
    await page.goto(`${e2e.app.base}/ar${facility}`);
    expect(await page.locator('main p[lang="nl"][dir="auto"]').first().textContent()).toBe(description);
    await page.close();
  }, 120_000);

  it("fits a 320 px wide screen without sideways scrolling", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const locale of LOCALES)
      for (const path of [facility, organisation, "/privacy"]) {
        await page.goto(`${e2e.app.base}/${locale}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`/${locale}${path}: ${width} px`);
      }
    await page.close();
    expect(wide).toEqual([]);
  }, 120_000);

  it("sends a report in Polish and comes back to the Polish page with the thanks", async () => {
    const page = await e2e.browser.newPage({ viewport: VIEWPORTS[1] });
    await page.goto(`${e2e.app.base}/pl${facility}`);
    const opened = Date.now();
    await page.getByLabel("Co się nie zgadza?").fill("Wejście jest teraz z tyłu budynku, nie od ulicy.");
    await page.waitForTimeout(Math.max(0, 1500 - (Date.now() - opened)));
    await Promise.all([
      page.waitForURL(/\/pl\/locaties\/.+melding=ok/),
      page.getByRole("button", { name: "Wyślij" }).click(),
    ]);
    expect(await page.locator("#melding [role=status]").textContent()).toContain("Dziękujemy");
    expect(await page.locator("html").getAttribute("lang")).toBe("pl");
    await page.close();
  }, 60_000);
});
