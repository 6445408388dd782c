import { describe, expect, it } from "vitest";

import { backLinkIn, backLinkLang, readBackLink, withBackLink } from "./back-link";

describe("readBackLink", () => {
  it("follows our own search pages with their query", () => {
    expect(readBackLink("/zoeken?q=3512&dienst=inloop")).toBe("/zoeken?q=3512&dienst=inloop");
    expect(readBackLink("/verwijzen?q=3512&lang=en&lijst=a,b")).toBe("/verwijzen?q=3512&lang=en&lijst=a,b");
    expect(readBackLink(["/zoeken", "/x"])).toBe("/zoeken");
    expect(readBackLink("/zoeken?q=1#top")).toBe("/zoeken?q=1");
    expect(readBackLink("/en/zoeken?q=3512")).toBe("/en/zoeken?q=3512");
    expect(readBackLink("/uk/verwijzen")).toBe("/uk/verwijzen");
  });
  it("refuses anything that could lead elsewhere", () => {
    for (const bad of [
      "https://evil.example/zoeken",
      "//evil.example/zoeken",
      "/\\evil.example/zoeken",
      "\\\\evil.example",
      "javascript:alert(1)",
      "/zoeken\n//evil",
      "/beheer",
      "/zoeken/../beheer",
      "/%2e%2e/beheer",
      "zoeken?q=1",
      "",
      "/" + "a".repeat(3000),
      "/locaties/x",
      "/xx/zoeken",
      "/en/beheer",
    ])
      expect(readBackLink(bad), bad).toBeNull();
    expect(readBackLink(undefined)).toBeNull();
    expect(readBackLink(42)).toBeNull();
  });
  it("reads and sets the language of the page it leads back to", () => {
    expect(backLinkLang("/verwijzen?q=1&lang=tr")).toBe("tr");
    expect(backLinkLang("/verwijzen?q=1")).toBeUndefined();
    expect(backLinkLang("/en/verwijzen?q=1")).toBe("en");
    expect(backLinkIn("/zoeken?q=3512&lang=ar", "en")).toBe("/en/zoeken?q=3512");
    expect(backLinkIn("/zoeken?q=3512&lang=ar", "nl")).toBe("/zoeken?q=3512");
    expect(backLinkIn("/ar/zoeken?q=3512", "tr")).toBe("/tr/zoeken?q=3512");
    expect(backLinkIn("/en/zoeken", "nl")).toBe("/zoeken");
    expect(backLinkIn("/zoeken", "nl")).toBe("/zoeken");
    expect(withBackLink("/locaties/x?lang=en", "/zoeken?q=1&dienst=a")).toBe(
      "/locaties/x?lang=en&terug=%2Fzoeken%3Fq%3D1%26dienst%3Da",
    );
  });
});
