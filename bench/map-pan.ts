import { launchChromium } from "../tests/support/chromium";

// npm run bench:map [-- --url http://localhost:3000 --throttle 4] — the map with every demo facility in view (all of
// the Netherlands at zoom 7, ≈ 6,000 facilities as server clusters), panned by mouse in the tests' Chromium (Debian's,
// else the one inside @sparticuz/chromium) with the CPU throttled. Prints the frame intervals while dragging (the
// budget: a pan step lands within 2 frames, ≤ 33.3 ms) and the time from releasing the mouse until the new view's
// clusters are drawn.

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
};
const base = opt("url", "http://localhost:3000");
const throttle = Number(opt("throttle", "4"));
const rounds = Number(opt("rounds", "5"));

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await page.goto(`${base}/zoeken?q=Utrecht&kaart=7/52.2/5.3`);
const map = page.locator(".leaflet-container");
await map.waitFor();
await page.locator(".bw-cluster").first().waitFor();
const total = await page.evaluate(() =>
  [...document.querySelectorAll(".bw-cluster span")].reduce((n, el) => n + Number(el.textContent), 0),
);
const markers = await page.locator(".leaflet-marker-icon").count();
await map.scrollIntoViewIfNeeded();
await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });

const frames: number[] = [];
const settles: number[] = [];
for (let r = 0; r <= rounds; r++) {
  const box = (await map.boundingBox())!;
  const cx = box.x + box.width / 2,
    cy = box.y + box.height / 2;
  const dx = (r % 2 === 0 ? -1 : 1) * 240,
    dy = (r % 2 === 0 ? -1 : 1) * 120;
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await page.evaluate(`window.__frames = []; window.__stop = false;
    (function tick(t) { if (t !== undefined) window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); })();`);
  const before = await page.evaluate(() => document.querySelector(".leaflet-marker-pane")?.innerHTML.length ?? 0);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let s = 1; s <= 20; s++) {
    await page.mouse.move(cx + (dx * s) / 20, cy + (dy * s) / 20);
    await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => res(null))));
  }
  const intervals = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1).map((t, i) => t - w.__frames[i]!);
  });
  const released = Date.now();
  await page.mouse.up();
  if (r > 0) frames.push(...intervals); // the first drag warms up (JIT, first layout), as a reader's first touch would
  if (process.env.DEBUG_FRAMES)
    console.log(
      intervals
        .map((x, i) => (x > 20 ? `${i}:${x.toFixed(0)}` : ""))
        .filter(Boolean)
        .join(" "),
      "of",
      intervals.length,
    );
  // The new view's clusters: the marker pane changes once the answer is drawn.
  await page
    .waitForFunction((n) => (document.querySelector(".leaflet-marker-pane")?.innerHTML.length ?? 0) !== n, before, {
      timeout: 10_000,
    })
    .catch(() => {});
  if (r > 0) settles.push(Date.now() - released);
  await page.waitForTimeout(300);
}
frames.sort((a, b) => a - b);
settles.sort((a, b) => a - b);
console.log(
  `facilities in view: ${total} as ${markers} markers; CPU throttled ${throttle}×; ${rounds} drags of 20 steps after one to warm up`,
);
console.log(
  `| frame interval while dragging | median ${pct(frames, 50).toFixed(1)} ms | p95 ${pct(frames, 95).toFixed(1)} ms | max ${frames.at(-1)?.toFixed(1)} ms | frames > 33.3 ms: ${frames.filter((f) => f > 33.4).length} of ${frames.length} |`,
);
console.log(`| release → new clusters drawn | median ${pct(settles, 50)} ms | max ${settles.at(-1)} ms |`);
await browser.close();
