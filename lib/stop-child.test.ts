import { spawn } from "node:child_process";
import { expect, it } from "vitest";

import { stopChild } from "./stop-child";

// A server that ignores SIGTERM (as `next start` does while a request hangs) is killed after the grace period.
it("kills a child that does not stop within the grace period", async () => {
  const child = spawn(process.execPath, [
    "-e",
    "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000); console.log('up')",
  ]);
  await new Promise((r) => child.stdout.once("data", r));
  const started = Date.now();
  await stopChild(child, "SIGTERM", 500);
  expect(child.signalCode).toBe("SIGKILL");
  expect(Date.now() - started).toBeLessThan(3000);
});

it("lets a child that stops by itself exit with its own code", async () => {
  const child = spawn(process.execPath, [
    "-e",
    "process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000); console.log('up')",
  ]);
  await new Promise((r) => child.stdout.once("data", r));
  expect(await stopChild(child, "SIGTERM", 5000)).toBe(0);
  expect(child.signalCode).toBeNull();
});
