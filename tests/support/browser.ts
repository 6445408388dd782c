import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

export { launchChromium } from "./chromium";

// Helpers for pages in Chromium (launched by ./chromium: Debian's, else the one inside @sparticuz/chromium): axe-core's
// WCAG 2.1 A/AA check, CSP violations, dragging the map.

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core violations of WCAG 2.1 A and AA on the page, as "rule: selectors" lines. */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as a <script>: the member area's CSP (nonces) would refuse a tag.
  await page.evaluate(AXE);
  // After a form action's redirect the client router sets the title when the page's metadata streams in: give it up to
  // two seconds (a page that never gets a title still fails, on axe's document-title rule).
  await page.waitForFunction(() => document.title.length > 0, undefined, { timeout: 2000 }).catch(() => undefined);
  // Let running CSS transitions (a map popup fading in) end: colours measured mid-fade would be wrong.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Collects the page's Content-Security-Policy violations (Chromium reports them on the console). */
export function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  return found;
}

/** Drags the page's map 200 px left and 100 px up with the mouse (as a reader moves it). */
export async function dragMap(page: Page): Promise<void> {
  const map = page.locator(".leaflet-container");
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 - 100, { steps: 10 });
  await page.mouse.up();
}
