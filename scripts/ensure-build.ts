import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// Runs `next build` when there is no production build or a source file is newer than it.

const require = createRequire(import.meta.url);
export const nextBin = require.resolve("next/dist/bin/next");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
  "prisma/schema.prisma",
];

function newest(path: string): number {
  if (!existsSync(path) || path === join("lib", "generated")) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const current = () =>
  existsSync(".next/BUILD_ID") && statSync(".next/BUILD_ID").mtimeMs >= Math.max(...SOURCES.map(newest));

// One build at a time in a checkout: two `npm start`s (two test files, two shells) building into the same .next at
// once corrupt it. mkdir is atomic; a lock older than LOCK_STALE_MS is from a build that died.
const LOCK = ".next-build.lock";
const LOCK_STALE_MS = 15 * 60_000;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function withBuildLock(fn: () => void): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true });
      else sleep(1000);
    }
  }
  try {
    fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function ensureBuild(env: NodeJS.ProcessEnv = process.env): void {
  if (current()) return;
  withBuildLock(() => {
    if (current()) return; // another start built it while this one waited
    console.log("[build] no current production build: running next build …");
    const started = new Date();
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("next build failed");
    // The build is as new as the sources it started from: a file saved while it ran makes the next start build again.
    utimesSync(".next/BUILD_ID", started, started);
  });
}
