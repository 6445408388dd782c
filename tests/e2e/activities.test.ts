import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { startAppAndBrowser } from "../support/app-browser";
import { violations } from "../support/browser";

// Issue 16 in Chromium, as a resident: "Wat is er te doen?" near a postcode of Zutphen (not a demo-data name) finds
// today's activities of a buurthuis made here, with a cancelled one struck through and its reason; the facility page
// shows the programme with the repair café's next dates — exactly the first and third Tuesdays (counted here
// independently); the calendar link gives an iCalendar feed; without JavaScript too; in all six languages at 360 and
// 1280 px, axe 0 and no sideways scrolling.

const e2e = startAppAndBrowser({ db: true });
const LOCALES = ["nl", "en", "ar", "tr", "pl", "uk"] as const;
const SLUG = "buurthuis-de-waag-zutphen-e2e";

/** Today in Amsterdam, yyyy-mm-dd, and its weekday as RRULE writes it. */
function today() {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  const day = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][new Date(`${date}T12:00:00Z`).getUTCDay()] ?? "MO";
  return { date, day };
}

/** The next n first-and-third Tuesdays from a date on (inclusive), by walking the calendar. */
function firstAndThirdTuesdays(from: string, n: number): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T12:00:00Z`); out.length < n; t += 86_400_000) {
    const d = new Date(t);
    const nth = Math.ceil(d.getUTCDate() / 7);
    if (d.getUTCDay() === 2 && (nth === 1 || nth === 3)) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

async function setUp() {
  const { date, day } = today();
  const f = await e2e.db.query<{ id: string }>(
    `INSERT INTO facility (slug, name, type, street, house_number, postcode, place, gemeente_code, lat, lng, opening_hours, wheelchair, status)
     VALUES ($1, 'Buurthuis De Waag', 'buurthuis', 'Houtmarkt', '12', '7201 KL', 'Zutphen', 'GM0301', 52.1391, 6.1957, 'Mo-Fr 09:00-17:00', 'yes', 'active')
     RETURNING id`,
    [SLUG],
  );
  const id = f.rows[0]?.id;
  const insert = (
    name: string,
    kind: string,
    rrule: string,
    freq: string,
    weekdays: number,
    monthDays: number[],
    sm: number,
    em: number,
  ) =>
    e2e.db.query<{ id: string }>(
      `INSERT INTO activity (facility_id, name, summary, kind, rrule, freq, step, weekdays, month_days, start_minute, end_minute, valid_from)
       VALUES ($1, $2, 'Iedereen welkom.', $3, $4, $5, 1, $6, $7, $8, $9, '2026-09-01') RETURNING id`,
      [id, name, kind, rrule, freq, weekdays, monthDays, sm, em],
    );
  const bit = 1 << ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].indexOf(day);
  await insert("Koffie-inloop De Waag", "ontmoeten", `FREQ=WEEKLY;BYDAY=${day}`, "weekly", bit, [], 0, 23 * 60 + 59);
  const taal = await insert(
    "Taalcafé De Waag",
    "taalcafe",
    `FREQ=WEEKLY;BYDAY=${day}`,
    "weekly",
    bit,
    [],
    1,
    23 * 60 + 58,
  );
  await e2e.db.query(
    "INSERT INTO activity_exception (activity_id, day, kind, reason) VALUES ($1, $2, 'cancelled', 'Vrijwilliger ziek')",
    [taal.rows[0]?.id, date],
  );
  await insert(
    "Repair café De Waag",
    "repair-cafe",
    "FREQ=MONTHLY;BYDAY=1TU,3TU",
    "monthly",
    2,
    [12, 32],
    13 * 60,
    17 * 60,
  );
  return { date };
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("what is on, as a resident", () => {
  it("finds today's activities near a Zutphen postcode, the cancelled one struck through, in every language", async () => {
    await setUp();
    for (const [i, locale] of LOCALES.entries()) {
      const width = i % 2 === 0 ? 360 : 1280;
      const ctx = await e2e.browser.newContext({ viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      const prefix = locale === "nl" ? "" : `/${locale}`;
      await page.goto(`${e2e.app.base}${prefix}/activiteiten`);
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      await page.locator("#q").fill("7201");
      await Promise.all([page.waitForURL(/q=7201/), page.locator("form.search button[type=submit]").click()]);
      const coffee = page.locator("li.occurrence", { hasText: "Koffie-inloop De Waag" });
      await expect.poll(() => coffee.count()).toBe(1);
      const cancelled = page.locator("li.occurrence.cancelled", { hasText: "Taalcafé De Waag" });
      expect(await cancelled.count()).toBe(1);
      expect(await cancelled.locator("del").count()).toBe(1);
      expect(await cancelled.textContent()).toContain("Vrijwilliger ziek");
      expect(await violations(page), `${locale} ${width}`).toEqual([]);
      expect(await noSideScroll(page), `${locale} ${width}`).toBe(true);
      if (locale === "nl") await page.screenshot({ path: "/tmp/activiteiten-360.png", fullPage: true });
      // The calendar link of this search is an iCalendar feed with the activity in it.
      const href = await page.locator("p.subscribe a").first().getAttribute("href");
      const ics = await fetch(new URL(href ?? "", e2e.app.base));
      expect(ics.headers.get("content-type")).toContain("text/calendar");
      expect(await ics.text()).toContain("Koffie-inloop De Waag");
      await ctx.close();
    }
  });

  it("shows the facility's programme: the repair café on exactly the first and third Tuesdays", async () => {
    const { date } = today();
    const want = firstAndThirdTuesdays(date, 3);
    for (const [locale, width] of [
      ["nl", 360],
      ["en", 1280],
      ["ar", 360],
    ] as const) {
      const ctx = await e2e.browser.newContext({ viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(`${e2e.app.base}${locale === "nl" ? "" : `/${locale}`}/locaties/${SLUG}`);
      const programme = page.locator("section.programme");
      expect(await programme.count()).toBe(1);
      const repair = programme.locator("ul.activities > li", { hasText: "Repair café De Waag" });
      const dates = await repair.locator("ul.next-dates li").allTextContents();
      const expected = want.map((d) =>
        new Intl.DateTimeFormat({ nl: "nl-NL", en: "en-GB", ar: "ar-u-nu-latn" }[locale], {
          weekday: "long",
          day: "numeric",
          month: "long",
          timeZone: "UTC",
        }).format(new Date(`${d}T12:00:00Z`)),
      );
      expect(dates.map((t) => t.split(",")[0]?.trim() ?? t)).toEqual(expected.map((e) => e.split(",")[0]?.trim()));
      if (locale === "nl")
        expect(await repair.textContent()).toContain("elke eerste en derde dinsdag van de maand, 13:00–17:00");
      expect(await violations(page), `${locale} ${width}`).toEqual([]);
      expect(await noSideScroll(page)).toBe(true);
      if (locale === "nl") await page.screenshot({ path: "/tmp/programma-360.png", fullPage: true });
      await ctx.close();
    }
  });

  it("works without JavaScript", async () => {
    const ctx = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${e2e.app.base}/activiteiten`);
    await page.locator("#q").fill("7201 KL");
    await page.locator('input[name="wanneer"][value="week"]').check();
    await Promise.all([page.waitForURL(/wanneer=week/), page.locator("form.search button[type=submit]").click()]);
    expect(await page.locator("li.occurrence", { hasText: "Koffie-inloop De Waag" }).count()).toBeGreaterThan(0);
    // From a position ("Meer te doen in de buurt" on a facility page): changing the day keeps the position.
    await page.goto(`${e2e.app.base}/activiteiten?bij=52.13910,6.19570`);
    await page.locator('input[name="wanneer"][value="morgen"]').check();
    await Promise.all([page.waitForURL(/wanneer=morgen/), page.locator("form.search button[type=submit]").click()]);
    expect(page.url()).toContain("bij=52.13910");
    expect(await page.locator("#results").count()).toBe(1);
    await ctx.close();
  });
});
