import { describe, expect, it } from "vitest";

import { readSearchText } from "./search-text";

describe("readSearchText", () => {
  it.each([
    ["3584", { kind: "postcode", postcode: "3584", pc6: false, inAddress: false }],
    [" 3512az ", { kind: "postcode", postcode: "3512 AZ", pc6: true, inAddress: false }],
    ["kerkstraat 208, 3512 AZ Utrecht", { kind: "postcode", postcode: "3512 AZ", pc6: true, inAddress: true }],
    ["3512 Utrecht", { kind: "postcode", postcode: "3512", pc6: false, inAddress: true }],
    ["Kerkstraat 10 Utrecht", { kind: "place", place: "Utrecht", inAddress: true }],
    ["Oude Gracht 10a, Utrecht", { kind: "place", place: "Utrecht", inAddress: true }],
    ["Utrecht, Nederland", { kind: "place", place: "Utrecht", inAddress: false }],
    ["'s-Gravenhage", { kind: "place", place: "'s-Gravenhage", inAddress: false }],
    ["Alphen a/d Rijn", { kind: "place", place: "Alphen a d Rijn", inAddress: false }],
    ["Hengelo (O)", { kind: "place", place: "Hengelo (O)", inAddress: false }],
  ])("%s", (input, expected) => expect(readSearchText(input)).toEqual(expected));

  it("reads nothing from blanks or a bare country", () => {
    expect(readSearchText("   ")).toBeNull();
    expect(readSearchText(", ,")).toBeNull();
  });
});
