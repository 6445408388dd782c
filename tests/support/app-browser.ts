import type pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

import { appDatabase, startApp, type AppServer } from "./app-server";
import { launchChromium } from "./chromium";

/** What an e2e file drives, readable in its tests (and in its own hooks, which run after these) once started. */
export type Started = { readonly app: AppServer; readonly browser: Browser; readonly db: pg.Client };

/**
 * A fresh `npm start` for the file's tests, started once before them and stopped after them; with `browser` Chromium
 * (Debian's, else the packaged one), with `db` a client of the app's own database.
 */
export function startAppOnce(options: { browser?: boolean; db?: boolean } = {}): Started {
  let app: AppServer | undefined;
  let browser: Browser | undefined;
  let db: pg.Client | undefined;
  beforeAll(async () => {
    app = await startApp();
    if (options.browser) browser = await launchChromium();
    if (options.db) db = await appDatabase(app);
  }, 330_000);
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await app?.stop();
  }, 60_000);
  const need = <T>(x: T | undefined, what: string, option: string): T => {
    if (!x) throw new Error(`${what} is not started (beforeAll failed${option && `, or no { ${option}: true }`})`);
    return x;
  };
  return {
    get app() {
      return need(app, "the app", "");
    },
    get browser() {
      return need(browser, "Chromium", "browser");
    },
    get db() {
      return need(db, "the database client", "db");
    },
  };
}

/** `npm start` and Chromium for the file's tests (see startAppOnce). */
export function startAppAndBrowser(options: { db?: boolean } = {}): Started {
  return startAppOnce({ ...options, browser: true });
}
