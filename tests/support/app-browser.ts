import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

import { startApp, type AppServer } from "./app-server";
import { launchChromium } from "./browser";

/** A fresh `npm start` and Chromium (Debian's, else the packaged one) for the file's tests, started once and stopped after them. */
export function startAppAndBrowser(): { app: () => AppServer; browser: () => Browser } {
  let app: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
  }, 330_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, 60_000);
  const need = <T>(x: T | undefined, what: string): T => {
    if (!x) throw new Error(`${what} is not started (beforeAll failed)`);
    return x;
  };
  return { app: () => need(app, "the app"), browser: () => need(browser, "Chromium") };
}
