import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

import { sessionSecret } from "./auth";
import { localSecret } from "./local-secret";

const dir = mkdtempSync(join(tmpdir(), "buurtwijzer-secret-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the embedded demo's session secret", () => {
  it("is made once at random, kept for the next start, readable by its owner only", () => {
    const file = join(dir, "data", "auth-secret");
    const first = localSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(localSecret(file)).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(localSecret(join(dir, "elsewhere", "auth-secret"))).not.toBe(first);
  });

  it("a production server refuses to sign sessions with the built-in secret, demo or not", () => {
    vi.stubEnv("BETTER_AUTH_SECRET", "");
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("BUURTWIJZER_DEMO", "1");
    try {
      expect(() => sessionSecret()).toThrow(/BETTER_AUTH_SECRET/);
      vi.stubEnv("BETTER_AUTH_SECRET", "x".repeat(32));
      expect(sessionSecret()).toBe("x".repeat(32));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
