import { describe, expect, it } from "vitest";
import { normalisePageParams, readMapView, readSearchPage } from "./search-page";

describe("the search page's URL", () => {
  it("maps the Dutch parameter names onto the API query", () => {
    const { query, errors } = readSearchPage({ q: "3512 AB", dienst: ["schuldhulp", "inloop"], soort: "buurthuis", doelgroep: "ouderen", taal: "en", open: "nu", gratis: "ja", rolstoel: "ja" });
    expect(errors).toEqual([]);
    expect(query).toMatchObject({
      postcode: { pc4: "3512", pc6: "3512 AB" }, service: ["schuldhulp", "inloop"], type: ["buurthuis"], audience: ["ouderen"],
      language: ["en"], open: "now", free: true, wheelchair: true,
    });
    expect(readSearchPage({ q: "Den Bosch" }).query).toMatchObject({ place: "Den Bosch" });
    expect(readSearchPage({}).query).toBeNull(); // nothing asked yet: the empty form, no error
  });

  it("searches around the map's centre for 'Zoek in dit gebied' (midden=kaart), keeping the typed place for the box", () => {
    const fromMap = readSearchPage({ q: "3512", bij: "52.1,5.2", midden: "kaart", dienst: "inloop" });
    expect(fromMap.query).toMatchObject({ near: { lat: 52.1, lng: 5.2 } });
    expect(fromMap.query?.postcode).toBeUndefined();
    expect(fromMap.text).toBe("3512");
    expect(fromMap.understood).toBeNull();
    // Without the marker a typed place wins over a position, as before.
    expect(readSearchPage({ q: "3512", bij: "52.1,5.2" }).query).toMatchObject({ postcode: { pc4: "3512" } });
  });

  it("reads a postcode inside an address and a place after a street, and says so", () => {
    const address = readSearchPage({ q: "Kerkstraat 208, 3512 AZ Utrecht" });
    expect(address.query).toMatchObject({ postcode: { pc4: "3512", pc6: "3512 AZ" } });
    expect(address.understood).toEqual({ kind: "postcode", postcode: "3512 AZ", pc6: true, inAddress: true });
    const street = readSearchPage({ q: "Kerkstraat 10 Utrecht" });
    expect(street.query).toMatchObject({ place: "Utrecht" });
    expect(street.understood).toMatchObject({ kind: "place", inAddress: true });
    expect(readSearchPage({ q: "Utrecht, Nederland" })).toMatchObject({ query: { place: "Utrecht" }, errors: [] });
  });

  it("never hands PostgreSQL a NUL or a lone surrogate from the search box (the fuzzer's /zoeken 500)", () => {
    const { text } = readSearchPage({ q: "Utrecht\u0000\uD800 centrum" });
    expect(text).toBe("Utrecht\uFFFD centrum");
    const cut = readSearchPage({ q: `${"a".repeat(199)}\u{1F3E0}` }).text; // a pair cut in half at 200
    expect(/[\uD800-\uDFFF]/.test(cut)).toBe(false);
  });

  it("names the page's own fields in errors", () => {
    const { query, errors } = readSearchPage({ q: "3512", dienst: "nope", doelgroep: "martians", taal: "english" });
    expect(query).toBeNull();
    expect(errors.map((e) => e.parameter).sort()).toEqual(["dienst", "doelgroep", "taal"]);
  });

  it("accepts the API's parameter names too, the page's own names winning", () => {
    expect(normalisePageParams({ postcode: "3512", service: "schuldhulp", lang: "en" })).toEqual({ q: "3512", dienst: "schuldhulp", lang: "en" });
    expect(normalisePageParams({ q: "Utrecht", postcode: "3512" })).toEqual({ q: "Utrecht" });
  });

  it("reads the map view kaart=zoom/lat/lng and ignores a malformed one", () => {
    expect(readMapView({ kaart: "12/52.0907/5.1214" })).toEqual({ zoom: 12, lat: 52.0907, lng: 5.1214 });
    for (const bad of ["12/52.09", "30/52/5", "3/52/5", "12/95/5", "x/y/z", "12/52.09/5.12/1"]) expect(readMapView({ kaart: bad }), bad).toBeNull();
  });
});
