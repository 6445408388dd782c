import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { parseRRule, ruleColumns } from "@/lib/activities/rule";
import { amsterdamDate, amsterdamDatePlusDays } from "@/lib/time";

import { startAppAndBrowser } from "../support/app-browser";
import { violations } from "../support/browser";

// Issue 16, the window poster in Chromium: a Deventer wijkcentrum made here (not a demo-data name) with eight
// activities — four every week, one every other week, two monthly, one once — shows them by weekday and with their
// rule and next dates, in Dutch and with Arabic (right to left) or Turkish beside it; axe 0 at 360 and 1280 px, no
// sideways scrolling; noindex; printed it is exactly one A4 page without the site's footer or the screen controls.
// The print renderings are written to /tmp/poster-print-<lang>.png to look at.

const e2e = startAppAndBrowser({ db: true });
const SLUG = "wijkcentrum-rivierenwijk-deventer-e2e";
const TODAY = amsterdamDate(new Date());
const day = (n: number) => amsterdamDatePlusDays(new Date(), n);

type Fixture = { name: string; kind: string; rrule: string | null; start: string; end: string; from?: string };
const ACTIVITIES: Fixture[] = [
  {
    name: "Koffie-inloop met de buurtconciërge",
    kind: "ontmoeten",
    rrule: "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    start: "09:30",
    end: "11:30",
  },
  { name: "Taalcafé Rivierenwijk", kind: "taalcafe", rrule: "FREQ=WEEKLY;BYDAY=TU", start: "19:00", end: "21:00" },
  { name: "Kinderclub De Knikkers", kind: "kinderen", rrule: "FREQ=WEEKLY;BYDAY=WE", start: "14:00", end: "16:00" },
  { name: "Bewegen voor 60-plussers", kind: "bewegen", rrule: "FREQ=WEEKLY;BYDAY=TH", start: "10:00", end: "11:00" },
  { name: "Buurtmaaltijd", kind: "maaltijd", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", start: "17:30", end: "19:30" },
  {
    name: "Repair café Deventer-Zuid",
    kind: "repair-cafe",
    rrule: "FREQ=MONTHLY;BYDAY=-1SA",
    start: "13:00",
    end: "16:00",
  },
  { name: "Spreekuur geldzaken", kind: "spreekuur", rrule: "FREQ=MONTHLY;BYDAY=1TU,3TU", start: "13:00", end: "17:00" },
  { name: "Kerstmarkt op het plein", kind: "overig", rrule: null, start: "15:00", end: "20:00", from: day(10) },
];
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

beforeAll(async () => {
  const f = await e2e.db.query<{ id: string }>(
    `INSERT INTO facility (slug, name, type, street, house_number, postcode, place, gemeente_code, lat, lng, opening_hours, wheelchair, status)
     VALUES ($1, 'Wijkcentrum Rivierenwijk', 'wijkcentrum', 'IJsselstraat', '41', '7415 CB', 'Deventer', 'GM0150',
             52.2492, 6.1721, 'Mo-Fr 09:00-17:00; Sa 10:00-13:00; PH off', 'yes', 'active')
     RETURNING id`,
    [SLUG],
  );
  const facility = f.rows[0]?.id;
  for (const [i, a] of ACTIVITIES.entries()) {
    const from = a.from ?? day(-30);
    const c = ruleColumns(parseRRule(a.rrule, from));
    const row = await e2e.db.query<{ id: string }>(
      `INSERT INTO activity (facility_id, name, kind, rrule, freq, step, weekdays, month_days, start_minute, end_minute,
                             valid_from, cost, cost_text, registration, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now() + make_interval(secs => $15))
       RETURNING id`,
      [
        facility,
        a.name,
        a.kind,
        a.rrule,
        c.freq,
        c.step,
        c.weekdays,
        c.monthDays,
        minutes(a.start),
        minutes(a.end),
        from,
        i === 1 ? "contribution" : "free",
        i === 1 ? "€ 1,50" : null,
        i === 3 ? "required" : "none",
        i,
      ],
    );
    // The koffie-inloop does not happen on its next date but one: the poster says so under it.
    if (i === 0) {
      const next = await e2e.db.query<{ d: string }>(
        `SELECT to_char(d, 'YYYY-MM-DD') AS d FROM generate_series($1::date + 1, $1::date + 14, interval '1 day') d
         WHERE extract(isodow FROM d) IN (1, 3, 5) ORDER BY d OFFSET 1 LIMIT 1`,
        [TODAY],
      );
      await e2e.db.query(
        "INSERT INTO activity_exception (activity_id, day, kind, reason) VALUES ($1, $2, 'cancelled', 'Schoonmaak')",
        [row.rows[0]?.id, next.rows[0]?.d],
      );
    }
  }
});

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe("the window poster", () => {
  it.each([
    ["nl", ""],
    ["ar", "?tweede=ar"],
    ["tr", "?tweede=tr"],
  ] as const)("in Dutch%s: axe 0 at 360 and 1280 px, the programme, one printed A4", async (second, query) => {
    const ctx = await e2e.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await ctx.newPage();
    const res = await page.goto(`${e2e.app.base}/locaties/${SLUG}/poster${query}`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
    expect(await page.locator("h1").textContent()).toBe("Wijkcentrum Rivierenwijk");
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await violations(page), `${second} at ${width}px`).toEqual([]);
      expect(await noSideScroll(page), `${second} at ${width}px`).toBe(true);
      if (width === 360) await page.screenshot({ path: `/tmp/poster-screen-${second}.png`, fullPage: true });
    }
    const main = (await page.locator("main").textContent()) ?? "";
    for (const a of ACTIVITIES) expect(main).toContain(a.name);
    // every week, by weekday: the koffie-inloop under Monday, Wednesday and Friday
    const days = page.locator("#poster-week ~ .poster-days .poster-day");
    expect(await days.count()).toBe(5);
    expect(await days.first().locator("h3").textContent()).toMatch(/^maandag/);
    expect(await page.locator(".poster-day", { hasText: "Koffie-inloop" }).count()).toBe(3);
    expect(main).toMatch(/Niet op \w+ \d+ \w+/);
    expect(main).toContain("elke laatste zaterdag van de maand, 13:00–16:00");
    expect(main).toContain("elke eerste en derde dinsdag van de maand, 13:00–17:00");
    expect(main).toContain("om de week op donderdag, 17:30–19:30");
    expect(main).toMatch(/Volgende keer: /); // the Kerstmarkt, once
    expect(await page.locator(".poster-qr svg").count()).toBe(1);
    if (second === "ar") {
      const ar = page.locator('.poster-second[lang="ar"][dir="rtl"]');
      expect(await ar.count()).toBeGreaterThan(10);
      expect(main).toContain("كل أسبوع");
      expect(main).toContain("أسماء الأنشطة باللغة الهولندية");
    }
    if (second === "tr") {
      expect(await page.locator('.poster-second[lang="tr"]').count()).toBeGreaterThan(10);
      expect(main).toContain("Her hafta");
      expect(main).toContain("her ayın son Cumartesi günü"); // describeRule in Turkish
    }
    expect(await page.locator(".site-footer").isVisible()).toBe(true);

    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-footer").isVisible()).toBe(false);
    expect(await page.locator(".no-print").isVisible()).toBe(false);
    expect(await page.locator("nav.langs").isVisible()).toBe(false);
    // A4 less the 12 mm margins at 96 dpi: 703 × 1032 px, what the printed sheet has to fit in
    await page.setViewportSize({ width: 703, height: 1032 });
    console.log(
      `[poster] ${second}: printed height ${await page.evaluate(() => document.body.scrollHeight)} px of 1032`,
    );
    await page.screenshot({ path: `/tmp/poster-print-${second}.png`, fullPage: true });
    const pdf = await page.pdf({ format: "A4" });
    writeFileSync(`/tmp/poster-print-${second}.pdf`, pdf);
    expect(pdfPages(pdf), second).toBe(1);
    await ctx.close();
  });

  it("chooses the second language with plain links, in the page's own language too", async () => {
    const ctx = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${e2e.app.base}/en/locaties/${SLUG}/poster?tweede=uk`);
    expect(await page.locator("h2#poster-week").textContent()).toBe("Every week / Щотижня");
    expect(await page.locator('.poster-langs a[aria-current="true"]').getAttribute("hreflang")).toBe("uk");
    await page.locator(".poster-langs a", { hasText: "No second language" }).click();
    await page.waitForURL(/\/en\/locaties\/[^/]+\/poster$/);
    expect(await page.locator(".poster-second").count()).toBe(0);
    // ?tweede= the page's own language, or one the site does not have: none
    for (const q of ["?tweede=en", "?tweede=fr"]) {
      await page.goto(`${e2e.app.base}/en/locaties/${SLUG}/poster${q}`);
      expect(await page.locator(".poster-second").count()).toBe(0);
    }
    const missing = await page.goto(`${e2e.app.base}/locaties/bestaat-niet-e2e/poster`);
    expect(missing?.status()).toBe(404);
    await ctx.close();
  });
});
