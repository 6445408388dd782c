import { describe, expect, it } from "vitest";
import { placeKey } from "./place-key";

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
