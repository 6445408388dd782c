import { afterEach, describe, expect, it, vi } from "vitest";

import { EnvError } from "./read";
import { parseRuntimeEnv, runtimeEnv } from "./runtime";
import { serverEnv } from "./server";

afterEach(() => vi.unstubAllEnvs());

describe("environment variables", () => {
  it("fill in defaults and treat an empty value as unset", () => {
    const env = parseRuntimeEnv({ DATABASE_POOL_SIZE: "", SHUTDOWN_GRACE_MS: "2500" });
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.SHUTDOWN_GRACE_MS).toBe(2500);
    expect(env.BUURTWIJZER_PG_PORT).toBe(15432);
    expect(env.BUURTWIJZER_PG_LOG).toBe(false);
  });

  it("refuse a bad value with an error naming the variable, not echoing the value", () => {
    const bad = () => parseRuntimeEnv({ DATABASE_STATEMENT_TIMEOUT_MS: "15s", BUURTWIJZER_PG_PORT: "70000" });
    expect(bad).toThrow(EnvError);
    expect(bad).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS must be a whole number/);
    expect(bad).toThrow(/BUURTWIJZER_PG_PORT must be a port number/);
    vi.stubEnv("GEOCODER", "google");
    vi.stubEnv("SMTP_URL", "smtp://user:hunter2@mail.example");
    expect(() => serverEnv()).toThrow(/GEOCODER/);
    expect(() => serverEnv()).not.toThrow(/hunter2/);
  });

  it("follow changes to process.env (tests set it), parsing again only then", () => {
    vi.stubEnv("DATABASE_POOL_SIZE", "3");
    const first = runtimeEnv();
    expect(first.DATABASE_POOL_SIZE).toBe(3);
    expect(runtimeEnv()).toBe(first);
    vi.stubEnv("DATABASE_POOL_SIZE", "7");
    expect(runtimeEnv().DATABASE_POOL_SIZE).toBe(7);
    vi.stubEnv("RESPONSE_CACHE", "off");
    expect(serverEnv().RESPONSE_CACHE).toBe("off");
    vi.stubEnv("RESPONSE_CACHE", "");
    expect(serverEnv().RESPONSE_CACHE).toBe("on");
  });
});
