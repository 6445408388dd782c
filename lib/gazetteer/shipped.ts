import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";

import { formatCsv, readCsvRecords } from "./csv";
import type { GazetteerData } from "./types";

// The shipped gazetteer files: three gzipped CSVs under prisma/reference/, written by `npm run geo:build` and read
// on every start by the reference-data load.

export const REFERENCE_DIR = new URL("../../prisma/reference/", import.meta.url);
export const ATTRIBUTION = "Derived from GeoNames (https://www.geonames.org/, CC-BY 4.0) by scripts/build-gazetteer.ts";
const FILES = {
  postcodes: "nl-postcodes.csv.gz",
  places: "nl-places.csv.gz",
  gemeenten: "nl-gemeenten.csv.gz",
} as const;

export function writeGazetteer(data: GazetteerData, dir: URL = REFERENCE_DIR): Record<keyof typeof FILES, number> {
  const texts = {
    postcodes: formatCsv(
      ATTRIBUTION,
      ["pc4", "place", "gemeente", "other_gemeenten", "lat", "lng"],
      data.postcodes.map((r) => [r.pc4, r.place, r.gemeenteCode, r.otherGemeenteCodes.join(" "), r.lat, r.lng]),
    ),
    places: formatCsv(
      ATTRIBUTION,
      ["alias", "place", "gemeente", "lat", "lng", "rank"],
      data.places.map((r) => [r.alias, r.name, r.gemeenteCode, r.lat, r.lng, r.rank]),
    ),
    gemeenten: formatCsv(
      ATTRIBUTION,
      ["code", "name", "province", "lat", "lng", "population"],
      data.gemeenten.map((r) => [r.code, r.name, r.province, r.lat, r.lng, r.population]),
    ),
  };
  const sizes = { postcodes: 0, places: 0, gemeenten: 0 };
  for (const k of Object.keys(FILES) as (keyof typeof FILES)[]) {
    const gz = gzipSync(texts[k], { level: 9 });
    writeFileSync(new URL(FILES[k], dir), gz);
    sizes[k] = gz.length;
  }
  return sizes;
}

export type ShippedGazetteer = GazetteerData & { version: string };

/** Reads the shipped files; `version` is a digest of their contents, so a start can skip an unchanged load. */
export function readShippedGazetteer(dir: URL = REFERENCE_DIR): ShippedGazetteer {
  const hash = createHash("sha256");
  const read = (name: string) => {
    const gz = readFileSync(new URL(name, dir));
    hash.update(gz);
    return readCsvRecords(gunzipSync(gz).toString("utf8"));
  };
  const num = (s: string | undefined) => Number(s);
  const postcodes = read(FILES.postcodes).map((r) => ({
    pc4: r.pc4 ?? "",
    place: r.place ?? "",
    gemeenteCode: r.gemeente || null,
    otherGemeenteCodes: r.other_gemeenten ? r.other_gemeenten.split(" ") : [],
    lat: num(r.lat),
    lng: num(r.lng),
  }));
  const places = read(FILES.places).map((r) => ({
    alias: r.alias ?? "",
    name: r.place ?? "",
    gemeenteCode: r.gemeente ?? "",
    lat: num(r.lat),
    lng: num(r.lng),
    rank: num(r.rank),
  }));
  const gemeenten = read(FILES.gemeenten).map((r) => ({
    code: r.code ?? "",
    name: r.name ?? "",
    province: r.province ?? "",
    lat: num(r.lat),
    lng: num(r.lng),
    population: num(r.population),
  }));
  return { postcodes, places, gemeenten, version: hash.digest("hex").slice(0, 12) };
}
