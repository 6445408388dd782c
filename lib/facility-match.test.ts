import { describe, expect, it } from "vitest";

import { facilityLabel, facilityQuery, matchesFacility } from "./facility-match";

const akker = {
  name: "Buurthuis De Akker",
  street: "Kerkstraat",
  houseNumber: "12",
  houseNumberAddition: null,
  postcode: "1234 AB",
  place: "Amsterdam",
  type: "buurthuis",
};
const other = { ...akker, street: "Dorpsweg", houseNumber: "3", postcode: "1000 AA" };

describe("facility filter", () => {
  it("names a facility with street and number", () => {
    expect(facilityLabel(akker)).toBe("Buurthuis De Akker, Kerkstraat 12, Amsterdam");
    expect(facilityLabel({ ...akker, houseNumberAddition: "a" })).toBe("Buurthuis De Akker, Kerkstraat 12a, Amsterdam");
  });
  it("finds by words from name and address in any order, case and accents aside", () => {
    for (const text of [
      "Buurthuis De Akker, Kerkstraat 12",
      "kerkstraat akker",
      "1234ab",
      "1234 AB",
      "AMSTERDAM",
      "kérkstraat",
    ]) {
      expect(matchesFacility(facilityQuery(text), akker), text).toBe(true);
    }
    expect(matchesFacility(facilityQuery("Buurthuis De Akker, Kerkstraat 12"), other)).toBe(false);
    expect(matchesFacility(facilityQuery("", "dorpshuis"), akker)).toBe(false);
    expect(matchesFacility(facilityQuery("", "buurthuis"), akker)).toBe(true);
  });
});
