import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The session secret of a demo on its own embedded database (`npm start` without DATABASE_URL or BETTER_AUTH_SECRET):
 * made once at random and kept in the data folder, readable by its owner only, so sessions survive a restart and no
 * two installations share a secret. Production refuses to start without BETTER_AUTH_SECRET (lib/auth/auth.ts).
 */
export function localSecret(file: string): string {
  try {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  } catch {
    /* not made yet */
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // also when the file existed (too short) with wider rights
  return secret;
}
