import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import sparticuz, { inflate } from "@sparticuz/chromium";
import { chromium, type Browser } from "playwright-core";

// The one place tests and benchmarks get a browser: Debian's Chromium when the machine has it (or CHROMIUM_PATH),
// else the Chromium shipped inside the npm package @sparticuz/chromium (a devDependency), unpacked from node_modules
// on first use. Never a browser downloaded at run time. BUURTWIJZER_BROWSER=bundled forces the packaged one (how
// a machine without Debian's Chromium runs), BUURTWIJZER_BROWSER=system refuses to fall back.

export type BrowserChoice = {
  kind: "system" | "bundled";
  executablePath: string;
  /** Environment for the browser process (the bundled one brings its own NSS libraries). */
  env: NodeJS.ProcessEnv;
};

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
// What this machine's network needs (no update or sync calls home, no GPU, no QUIC); Playwright adds --headless and a
// new empty --user-data-dir of its own for every launch, removed when the browser closes.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const bin = join(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..", "bin");
export const BUNDLED_VERSION = (
  JSON.parse(readFileSync(join(bin, "..", "package.json"), "utf8")) as { version: string }
).version;

function wanted(): "auto" | "system" | "bundled" {
  const v = process.env.BUURTWIJZER_BROWSER ?? "";
  if (v === "" || v === "auto" || v === "system" || v === "bundled") return v === "" ? "auto" : v;
  throw new Error(`BUURTWIJZER_BROWSER=${v}: use "bundled", "system" or leave it unset`);
}

/** The folder the bundled Chromium is unpacked into: once per machine, user and package version. */
function bundledDir(): string {
  return join(tmpdir(), `buurtwijzer-chromium-${BUNDLED_VERSION}-${process.getuid?.() ?? "u"}`);
}

/**
 * Unpacks @sparticuz/chromium's brotli files (Chromium, its fonts and SwiftShader, and the NSS libraries it links,
 * which a machine without Debian's Chromium may lack) into a folder of our own, not the package's shared /tmp: into
 * a fresh folder first, then renamed into place, so two test runs that unpack at once never see a half-written
 * binary (the loser of the rename throws its copy away).
 */
async function unpackBundled(): Promise<string> {
  const dir = bundledDir();
  if (existsSync(join(dir, "chromium"))) return dir;
  const staging = mkdtempSync(`${dir}.part-`);
  try {
    // The package unpacks into os.tmpdir(), which it reads synchronously when each call starts: point it at the
    // staging folder for exactly these two calls.
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    let unpacked: Promise<[string, string]>;
    try {
      unpacked = Promise.all([sparticuz.executablePath(), inflate(join(bin, "al2023.tar.br"))]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    const [exe] = await unpacked;
    if (exe !== join(staging, "chromium"))
      throw new Error(`@sparticuz/chromium unpacked to ${exe}, not ${staging}: its unpacking changed`);
    try {
      renameSync(staging, dir);
    } catch (e) {
      if (!existsSync(join(dir, "chromium"))) throw e; // not another run that won the race
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

let bundled: Promise<string> | undefined;

/** The bundled Chromium, unpacked if need be, with the environment it needs. */
export async function bundledChromium(): Promise<BrowserChoice> {
  const dir = await (bundled ??= unpackBundled().catch((e) => {
    bundled = undefined;
    throw e;
  }));
  const libs = join(dir, "al2023", "lib");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
  };
  // A machine with no fontconfig setup at all still gets the package's Open Sans (Latin only: Arabic needs a system
  // font such as DejaVu Sans, which Debian's fontconfig finds).
  if (!existsSync("/etc/fonts/fonts.conf")) env.FONTCONFIG_PATH = join(dir, "fonts");
  return { kind: "bundled", executablePath: join(dir, "chromium"), env };
}

/** Which browser the tests use on this machine (see the top of this file). */
export async function chooseChromium(): Promise<BrowserChoice> {
  const want = wanted();
  if (want === "bundled") return bundledChromium();
  const given = process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM;
  if (existsSync(given)) return { kind: "system", executablePath: given, env: process.env };
  if (want === "system" || process.env.CHROMIUM_PATH)
    throw new Error(
      `no Chromium at ${given} (BUURTWIJZER_BROWSER=${want}, CHROMIUM_PATH=${process.env.CHROMIUM_PATH})`,
    );
  return bundledChromium();
}

export async function launchChromium(): Promise<Browser> {
  const choice = await chooseChromium();
  return chromium.launch({ executablePath: choice.executablePath, env: choice.env, args: FLAGS });
}

/** "Chromium 153.0.8010.0 (inside @sparticuz/chromium 153.0.0, …)" — what `.ci/run` prints. */
export async function describeChromium(): Promise<string> {
  const choice = await chooseChromium();
  const version = execFileSync(choice.executablePath, ["--version"], {
    env: choice.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"], // Debian's wrapper script complains on stderr about nothing
  }).trim();
  return choice.kind === "bundled"
    ? `${version} (inside @sparticuz/chromium ${BUNDLED_VERSION}, unpacked at ${choice.executablePath})`
    : `${version} (${choice.executablePath})`;
}
