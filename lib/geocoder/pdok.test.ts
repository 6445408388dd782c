import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { ChainGeocoder, PdokGeocoder, type FetchLike } from "./pdok";
import type { Geocoder } from "./types";

// Recorded answers of PDOK Locatieserver's `free` endpoint (documented response format), replayed by a fake fetch.
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../tests/fixtures/pdok/${name}.json`, import.meta.url), "utf8"));

function replay(body: unknown, status = 200): { fetcher: FetchLike; urls: string[] } {
  const urls: string[] = [];
  const fetcher: FetchLike = async (url) => {
    urls.push(url);
    return { ok: status < 400, status, json: async () => body };
  };
  return { fetcher, urls };
}

describe("PdokGeocoder", () => {
  it("asks for a PC6 postcode and reads centroide_ll as lng, lat", async () => {
    const { fetcher, urls } = replay(fixture("postcode-3512JE"));
    const r = await new PdokGeocoder(fetcher, "https://pdok.test/free").postcode({ pc4: "3512", pc6: "3512 JE" });
    expect(r).toEqual({
      lat: 52.09073,
      lng: 5.12141,
      label: "Domplein, 3512JE Utrecht",
      gemeenteCode: "GM0344",
      precision: "pc6",
      source: "pdok",
    });
    const u = new URL(urls[0]!);
    expect(u.origin + u.pathname).toBe("https://pdok.test/free");
    expect(u.searchParams.get("q")).toBe("3512JE");
    expect(u.searchParams.get("fq")).toBe("type:postcode");
  });

  it("asks for a woonplaats by name", async () => {
    const { fetcher, urls } = replay(fixture("woonplaats-den-bosch"));
    const r = await new PdokGeocoder(fetcher).place("Den Bosch");
    expect(r).toMatchObject({ lat: 51.69045, lng: 5.29846, gemeenteCode: "GM0796", precision: "place" });
    expect(new URL(urls[0]!).searchParams.get("fq")).toBe("type:woonplaats");
  });

  it("answers null when nothing is found, and throws on an error status or an unexpected format", async () => {
    expect(await new PdokGeocoder(replay(fixture("empty")).fetcher).place("Atlantis")).toBeNull();
    await expect(new PdokGeocoder(replay({}, 503).fetcher).place("Utrecht")).rejects.toThrow(/503/);
    await expect(new PdokGeocoder(replay({ hello: "world" }).fetcher).place("Utrecht")).rejects.toThrow(
      /unexpected format/,
    );
  });
});

describe("ChainGeocoder", () => {
  const fixed = (label: string): Geocoder => ({
    postcode: async () => ({ lat: 1, lng: 2, label, gemeenteCode: null, precision: "pc4", source: "gazetteer" }),
    place: async () => null,
  });
  it("falls back to the next geocoder when one fails or finds nothing", async () => {
    const errors: unknown[] = [];
    const failing = new PdokGeocoder(replay({}, 500).fetcher);
    const chain = new ChainGeocoder([failing, fixed("offline")], (e) => errors.push(e));
    expect((await chain.postcode({ pc4: "3512", pc6: null }))?.label).toBe("offline");
    expect(errors).toHaveLength(1);
    expect(await chain.place("Nergenshuizen")).toBeNull();
  });
});
