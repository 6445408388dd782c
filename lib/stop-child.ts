import type { ChildProcess } from "node:child_process";

import type { RawEnv } from "./env/read";
import { parseRuntimeEnv, runtimeEnv } from "./env/runtime";

/**
 * Passes a stop signal to a child server and makes the stop bounded: Next.js waits for running requests on SIGTERM,
 * and a request stuck on an unreachable database would hold the stop for ever (security review finding 2). After
 * `graceMs` the child is killed. Resolves with the child's exit code (1 when it had to be killed).
 */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? 1);
    const timer = setTimeout(() => {
      console.warn(`[start] the server did not stop within ${graceMs} ms; killing it`);
      child.kill("SIGKILL");
    }, graceMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
    child.kill(signal);
  });
}

/** SHUTDOWN_GRACE_MS, default 10 s: long enough for normal requests, short enough for an orchestrator's own limit. */
export const shutdownGraceMs = (raw?: RawEnv): number => (raw ? parseRuntimeEnv(raw) : runtimeEnv()).SHUTDOWN_GRACE_MS;
