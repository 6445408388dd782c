import { execFileSync } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { violations } from "../support/browser";
import { BUNDLED_VERSION, chooseChromium, launchChromium } from "../support/chromium";

// A machine without Debian's Chromium (issue 14 §5): the tests fall back to the Chromium inside the npm package
// @sparticuz/chromium. Forced here with BUURTWIJZER_BROWSER=bundled, so this runs on every machine: the browser that
// starts is the packaged one (its version, not Debian's), it runs pages with and without JavaScript, axe works in it,
// and Arabic next to Dutch is drawn as letters, not empty boxes.

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>بحث — Buurtwijzer</title></head>
<body><main><h1>أماكن قريبة من 3512 Utrecht</h1>
<p>وصف باللغة الهولندية: <bdi lang="nl">Inloop voor iedereen met vragen over geld.</bdi></p>
<label for="q">الرمز البريدي</label> <input id="q" name="q" value="3512"></main></body></html>`;

/** Whether fontconfig knows a font with Arabic letters (Debian's DejaVu Sans has them; the package brings none). */
function arabicFontInstalled(): boolean {
  try {
    return execFileSync("fc-list", [":lang=ar", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false; // no fontconfig tools: cannot tell
  }
}

let browser: Browser;
const before = process.env.BUURTWIJZER_BROWSER;

beforeAll(async () => {
  process.env.BUURTWIJZER_BROWSER = "bundled";
  browser = await launchChromium(); // unpacks the package's Chromium on a machine's first run (a few seconds)
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (before === undefined) delete process.env.BUURTWIJZER_BROWSER;
  else process.env.BUURTWIJZER_BROWSER = before;
});

describe("the Chromium inside @sparticuz/chromium (BUURTWIJZER_BROWSER=bundled)", () => {
  it("is the packaged browser, not Debian's: its version is the package's", async () => {
    const choice = await chooseChromium();
    expect(choice.kind).toBe("bundled");
    expect(choice.executablePath).not.toBe("/usr/bin/chromium");
    // The package's major version is its Chromium's (153.0.0 ships Chromium 153); Debian's is another release.
    expect(browser.version().split(".")[0]).toBe(BUNDLED_VERSION.split(".")[0]);
  });

  it("renders an Arabic page with Dutch in it, with and without JavaScript, and axe runs in it", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const ctx = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
      const page = await ctx.newPage();
      await page.setContent(PAGE);
      expect(await page.title()).toBe("بحث — Buurtwijzer");
      expect(await page.locator("bdi").textContent()).toBe("Inloop voor iedereen met vragen over geld.");
      expect(await page.evaluate(() => getComputedStyle(document.querySelector("main")!).direction)).toBe("rtl");
      await ctx.close();
    }
    const page = await browser.newPage();
    await page.setContent(PAGE);
    expect(await violations(page)).toEqual([]);
    // axe really checks in this browser: a field without a label is found.
    await page.setContent('<!doctype html><html lang="nl"><head><title>t</title></head><body><main><input></main>');
    expect((await violations(page)).join("\n")).toContain("label");
    await page.close();
  });

  it.skipIf(!arabicFontInstalled())(
    "draws Arabic letters as letters (ب and ت differ, neither is the missing-glyph box)",
    async () => {
      const page = await browser.newPage();
      // Each text drawn on its own canvas: with no font for it, every character becomes the same box (or nothing).
      const drawn = await page.evaluate(
        (texts) => {
          return texts.map((t) => {
            const c = document.createElement("canvas");
            c.width = 80;
            c.height = 48;
            const g = c.getContext("2d")!;
            g.font = "32px sans-serif";
            g.fillText(t, 10, 36);
            return c.toDataURL();
          });
        },
        ["ب", "ت", "\uE000", "Hallo"],
      );
      const [ba, ta, missing, dutch] = drawn;
      expect(ba).not.toBe(ta);
      expect(ba).not.toBe(missing);
      expect(dutch).not.toBe(missing);
      await page.close();
    },
  );
});
