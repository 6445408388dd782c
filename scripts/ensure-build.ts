import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
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

export function ensureBuild(env: NodeJS.ProcessEnv = process.env): void {
  if (existsSync(".next/BUILD_ID") && statSync(".next/BUILD_ID").mtimeMs >= Math.max(...SOURCES.map(newest))) return;
  console.log("[build] no current production build: running next build …");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error("next build failed");
}
