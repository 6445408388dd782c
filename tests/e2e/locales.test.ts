import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { dirOf, localePath, LOCALES, type Locale } from "@/lib/i18n/locales";

import { startAppAndBrowser } from "../support/app-browser";
import { violations } from "../support/browser";

// Issue 14: every public page in every language — <html lang> is the language, dir="rtl" exactly for Arabic, the
// <title> is not the Dutch one, axe finds nothing, and nothing scrolls sideways at 320 px. The server log is checked
// for texts missing from a catalog when the file ends (tests/support/app-browser.ts).

const e2e = startAppAndBrowser({ db: true });

/** Letters a title in that language must hold: its own script for Arabic and Ukrainian. */
const SCRIPT: Partial<Record<Locale, RegExp>> = { ar: /[\u0600-\u06ff]/, uk: /[\u0400-\u04ff]/ };

let pages: { name: string; path: string }[] = [];

beforeAll(async () => {
  const facility = await e2e.db.query<{ slug: string }>(
    "SELECT slug FROM facility WHERE description IS NOT NULL AND description <> '' ORDER BY slug LIMIT 1",
  );
  const organization = await e2e.db.query<{ slug: string }>("SELECT slug FROM organization ORDER BY slug LIMIT 1");
  const res = await fetch(`${e2e.app.base}/api/v1/services?postcode=6211&limit=2`);
  const services = ((await res.json()) as { data: { location: { service_at_location_id: string } }[] }).data;
  pages = [
    { name: "start", path: "/" },
    { name: "search", path: "/zoeken?q=6211" },
    { name: "facility", path: `/locaties/${facility.rows[0]!.slug}` },
    { name: "organisation", path: `/organisaties/${organization.rows[0]!.slug}` },
    { name: "referral", path: "/verwijzen?q=6211&dienst=schuldhulp" },
    {
      name: "sheet",
      path: `/verwijsbrief?services=${services.map((s) => s.location.service_at_location_id).join(",")}`,
    },
    { name: "privacy", path: "/privacy" },
    { name: "404", path: "/deze-pagina-bestaat-niet" },
  ];
}, 60_000);

async function look(page: Page, path: string, locale: Locale) {
  // Dutch through /nl/…, as the language switch does: after another language the taal cookie would otherwise send
  // the unprefixed path to that language.
  await page.goto(`${e2e.app.base}${locale === "nl" ? `/nl${path === "/" ? "" : path}` : localePath(locale, path)}`);
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.getAttribute("dir"),
    title: document.title,
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
}

describe("every public page in every language", () => {
  it("has <html lang dir>, a title in its language, no axe violation and no sideways scroll at 320 px", async () => {
    const ctx = await e2e.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    const problems: string[] = [];
    for (const { name, path } of pages) {
      const dutch = await look(page, path, "nl");
      for (const locale of LOCALES) {
        const seen = locale === "nl" ? dutch : await look(page, path, locale);
        const where = `${name} ${locale}`;
        if (seen.lang !== locale) problems.push(`${where}: <html lang="${seen.lang}">`);
        if (seen.dir !== dirOf(locale)) problems.push(`${where}: <html dir="${seen.dir}">`);
        if (locale !== "nl" && seen.title === dutch.title) problems.push(`${where}: Dutch title "${seen.title}"`);
        const script = SCRIPT[locale];
        if (script && !script.test(seen.title)) problems.push(`${where}: title "${seen.title}" not in its script`);
        if (seen.sideways) problems.push(`${where}: scrolls sideways at 320 px`);
        for (const v of await violations(page)) problems.push(`${where}: axe ${v}`);
      }
    }
    await ctx.close();
    expect(problems).toEqual([]);
  }, 600_000);

  it("names every language version of a page in hreflang alternates, and itself as canonical", async () => {
    const res = await fetch(`${e2e.app.base}/tr/privacy`);
    const html = await res.text();
    for (const l of LOCALES) {
      expect(html).toMatch(
        new RegExp(`<link rel="alternate" hrefLang="${l}" href="[^"]*${localePath(l, "/privacy")}"`),
      );
    }
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/tr\/privacy"/);
  });
});
