import { describe, expect, it } from "vitest";

import { normalisePageParams, readMapView, readSearchPage } from "./search-page";

describe("the search page's URL: distance, paging and filters", () => {
  it("reads the distance and the open choice: no limit by default, 25 km once an open filter is on", () => {
    const plain = readSearchPage({ q: "3584" });
    expect(plain.radius).toBe("alle");
    expect(plain.query?.radius_km).toBeUndefined();
    expect(readSearchPage({ q: "3584", straal: "5" })).toMatchObject({ radius: "5", query: { radius_km: 5 } });
    expect(readSearchPage({ q: "3584", open: "nu" })).toMatchObject({
      radius: "25",
      query: { radius_km: 25, open: "now" },
    });
    const anyDistance = readSearchPage({ q: "3584", open: "vandaag", straal: "alle" });
    expect(anyDistance).toMatchObject({ radius: "alle", query: { open: "today" } });
    expect(anyDistance.query?.radius_km).toBeUndefined();
    const nowhere = readSearchPage({ dienst: "schuldhulp", straal: "5" }); // nowhere to measure from
    expect(nowhere.errors).toEqual([]);
    expect(nowhere.query?.radius_km).toBeUndefined();
    expect(readSearchPage({ q: "3584", straal: "7000" }).errors).toEqual([
      expect.objectContaining({ parameter: "straal" }),
    ]);
  });

  it("numbers a later page from `vanaf`, only together with a cursor", () => {
    const cursor = Buffer.from(JSON.stringify({ d: 1200.5, id: "00000000-0000-4000-8000-000000000001" })).toString(
      "base64url",
    );
    expect(readSearchPage({ q: "3584", na: cursor, vanaf: "21" }).from).toBe(21);
    expect(readSearchPage({ q: "3584", vanaf: "21" }).from).toBe(1);
    expect(readSearchPage({ q: "3584", na: cursor, vanaf: "-3" }).from).toBe(1);
  });

  it("maps the Dutch parameter names onto the API query", () => {
    const { query, errors } = readSearchPage({
      q: "3512 AB",
      dienst: ["schuldhulp", "inloop"],
      soort: "buurthuis",
      doelgroep: "ouderen",
      taal: "en",
      open: "nu",
      gratis: "ja",
      rolstoel: "ja",
    });
    expect(errors).toEqual([]);
    expect(query).toMatchObject({
      postcode: { pc4: "3512", pc6: "3512 AB" },
      service: ["schuldhulp", "inloop"],
      type: ["buurthuis"],
      audience: ["ouderen"],
      language: ["en"],
      open: "now",
      free: true,
      wheelchair: true,
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
});

describe("the search page's URL: what was typed, errors, other names and the map view", () => {
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
    expect(normalisePageParams({ postcode: "3512", service: "schuldhulp", lang: "en" })).toEqual({
      q: "3512",
      dienst: "schuldhulp",
      lang: "en",
    });
    expect(normalisePageParams({ q: "Utrecht", postcode: "3512" })).toEqual({ q: "Utrecht" });
  });

  it("reads the map view kaart=zoom/lat/lng and ignores a malformed one", () => {
    expect(readMapView({ kaart: "12/52.0907/5.1214" })).toEqual({ zoom: 12, lat: 52.0907, lng: 5.1214 });
    for (const bad of ["12/52.09", "30/52/5", "3/52/5", "12/95/5", "x/y/z", "12/52.09/5.12/1"])
      expect(readMapView({ kaart: bad }), bad).toBeNull();
  });
});
