import type pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

import { MISSING_MESSAGE_MARK } from "@/lib/i18n/on-error";

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
    const log = app?.log() ?? "";
    await app?.stop();
    // A text missing from a catalog is logged by lib/i18n/on-error.ts; any page a test opened that lacks one fails
    // the file (issue 14: "no next-intl missing-message warning in the server log").
    const missing = [...new Set(log.split("\n").filter((l) => l.includes(MISSING_MESSAGE_MARK)))];
    if (missing.length > 0) throw new Error(`texts missing from the catalogs:\n${missing.join("\n")}`);
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
