import { describe, expect, it } from "vitest";

import { queryHref } from "./query-href";
import { referralUrl } from "./referral-url";
import { searchUrl } from "./search-url";

describe("queryHref", () => {
  const params = { q: "3584", dienst: ["inloop", "schuldhulp"], lang: "en", leeg: undefined };
  it("keeps every value in order, and no '?' without parameters", () => {
    expect(queryHref("/zoeken", params)).toBe("/zoeken?q=3584&dienst=inloop&dienst=schuldhulp&lang=en");
    expect(queryHref("/zoeken", {})).toBe("/zoeken");
    expect(queryHref("/zoeken", { leeg: undefined }, { hash: "#top" })).toBe("/zoeken#top");
  });
  it("leaves out the values `omit` names", () => {
    expect(queryHref("/zoeken", params, { omit: (k, v) => k === "dienst" && v === "inloop" })).toBe(
      "/zoeken?q=3584&dienst=schuldhulp&lang=en",
    );
  });
  it("replaces every value of a set key, at the end; null or '' leaves it out", () => {
    expect(queryHref("/zoeken", params, { set: { dienst: "x", q: null, lang: "" } })).toBe("/zoeken?dienst=x");
    expect(queryHref("/verwijzen", params, { set: { q: "1234" }, hash: "#r-1" })).toBe(
      "/verwijzen?dienst=inloop&dienst=schuldhulp&lang=en&q=1234#r-1",
    );
  });
  it("encodes what it writes", () => {
    expect(queryHref("/zoeken", { q: "Den Haag & Co" })).toBe("/zoeken?q=Den+Haag+%26+Co");
  });
});

describe("searchUrl", () => {
  const u = searchUrl({
    q: "3584",
    dienst: ["a", "b"],
    straal: "5",
    na: "c1",
    vanaf: "21",
    kaart: "12/52/5",
    bij: "52,5",
  });
  it("keeps the page it is on, paging included", () => {
    expect(u.here()).toBe("/zoeken?q=3584&dienst=a&dienst=b&straal=5&na=c1&vanaf=21&kaart=12%2F52%2F5&bij=52%2C5");
  });
  it("starts a changed search at its first page", () => {
    expect(u.without("dienst", "a")).toBe("/zoeken?q=3584&dienst=b&straal=5&kaart=12%2F52%2F5&bij=52%2C5");
    expect(u.without("dienst")).toBe("/zoeken?q=3584&straal=5&kaart=12%2F52%2F5&bij=52%2C5");
    expect(u.with("straal", "alle")).toBe("/zoeken?q=3584&dienst=a&dienst=b&kaart=12%2F52%2F5&bij=52%2C5&straal=alle");
    expect(u.next("c2", 41)).toBe(
      "/zoeken?q=3584&dienst=a&dienst=b&straal=5&kaart=12%2F52%2F5&bij=52%2C5&na=c2&vanaf=41",
    );
  });
  it("searches here without the old position or view", () => {
    expect(u.searchHere()).toBe("/zoeken?q=3584&dienst=a&dienst=b&straal=5&midden=kaart");
  });
  it("writes its links in the page's language, the path's prefix (never ?lang=); the back link stays unprefixed", () => {
    const ar = searchUrl({ q: "3584", dienst: "a", na: "c1" }, "ar");
    expect(ar.here()).toBe("/ar/zoeken?q=3584&dienst=a&na=c1");
    expect(ar.without("dienst")).toBe("/ar/zoeken?q=3584");
    expect(ar.with("straal", "alle")).toBe("/ar/zoeken?q=3584&dienst=a&straal=alle");
    expect(ar.next("c2", 21)).toBe("/ar/zoeken?q=3584&dienst=a&na=c2&vanaf=21");
    expect(ar.searchHere()).toBe("/ar/zoeken?q=3584&dienst=a&midden=kaart");
    expect(ar.back()).toBe("/zoeken?q=3584&dienst=a&na=c1");
  });
});

describe("referralUrl", () => {
  const u = referralUrl({ q: "3584", lijst: "s1,s2", sorteer: "naam" });
  it("changes one parameter and keeps the rest", () => {
    expect(u.here()).toBe("/verwijzen?q=3584&lijst=s1%2Cs2&sorteer=naam");
    expect(u.sortedBy("afstand")).toBe("/verwijzen?q=3584&lijst=s1%2Cs2&sorteer=afstand");
    expect(u.sortedBy(null)).toBe("/verwijzen?q=3584&lijst=s1%2Cs2");
    expect(u.withList(["s2"], "#r-s2")).toBe("/verwijzen?q=3584&sorteer=naam&lijst=s2#r-s2");
    expect(u.withList([])).toBe("/verwijzen?q=3584&sorteer=naam");
    expect(u.anyDistance()).toBe("/verwijzen?q=3584&lijst=s1%2Cs2&sorteer=naam&straal=alle");
  });
  it("stays in the page's language, in its path; an old lang= parameter is dropped", () => {
    const en = referralUrl({ q: "3584", lijst: "s1", lang: "en" }, "en");
    expect(en.here()).toBe("/en/verwijzen?q=3584&lijst=s1");
    expect(en.sortedBy("naam")).toBe("/en/verwijzen?q=3584&lijst=s1&sorteer=naam");
    expect(en.withList([], "#r-s1")).toBe("/en/verwijzen?q=3584#r-s1");
  });
});
