import { describe, expect, it } from "vitest";

import { placeKey, placeKeyCandidates } from "./place-key";

describe("placeKey", () => {
  it.each([
    ["'s-Hertogenbosch", "s hertogenbosch"],
    ["’S-HERTOGENBOSCH", "s hertogenbosch"],
    ["s Hertogenbosch", "s hertogenbosch"],
    ["Den  Bosch ", "den bosch"],
    ["Súdwest-Fryslân", "sudwest fryslan"],
    ["Alphen a/d Rijn", "alphen a d rijn"],
  ])("%s → %s", (input, key) => expect(placeKey(input)).toBe(key));
});

describe("placeKeyCandidates", () => {
  const keys = (name: string) => placeKeyCandidates(name).map((c) => (c.partial ? `~${c.key}` : c.key));
  it("tries the whole name, with and without 's-, without brackets and country, then runs of words", () => {
    expect(keys("Hertogenbosch")).toEqual(["hertogenbosch", "s hertogenbosch"]);
    expect(keys("'s-Gravenhage")).toEqual(["s gravenhage", "gravenhage"]);
    expect(keys("Hengelo (O)")).toEqual(["hengelo o", "s hengelo o", "hengelo", "s hengelo"]);
    expect(keys("Utrecht Nederland")).toEqual(["utrecht", "s utrecht"]);
    expect(keys("Amsterdam Noord")).toEqual(["amsterdam noord", "s amsterdam noord", "~amsterdam", "~noord"]);
  });
});
