import { describe, expect, it } from "vitest";

import { publicBase, publicUrl, PublicUrlMissingError } from "./public-url";

// Absolute links come from PUBLIC_URL only (security review finding 1); these are the rules of that setting.
describe("publicUrl", () => {
  it("builds links on the configured address, keeping a path prefix", () => {
    expect(publicUrl("/b/abc", { PUBLIC_URL: "https://www.buurtwijzer.nl" })).toBe("https://www.buurtwijzer.nl/b/abc");
    expect(publicUrl("/beheer?x=1", { PUBLIC_URL: "https://gemeente.example/buurtwijzer" })).toBe(
      "https://gemeente.example/buurtwijzer/beheer?x=1",
    );
  });

  it("is required in production and falls back to localhost elsewhere", () => {
    expect(() => publicBase({ NODE_ENV: "production" })).toThrow(PublicUrlMissingError);
    expect(publicUrl("/beheer", { NODE_ENV: "development", PORT: "4100" })).toBe("http://localhost:4100/beheer");
  });

  it("refuses an address that is not a plain http(s) site", () => {
    for (const bad of [
      "javascript:alert(1)",
      "ftp://x.nl",
      "https://x.nl/?q=1",
      "https://user:pw@x.nl",
      "geen adres",
    ]) {
      expect(() => publicBase({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL/);
    }
  });
});
