import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";

import { readCsv, type ReadOptions } from "./csv-source";
import {
  geojsonRecords,
  isOsmCollection,
  osmGeojsonRecords,
  overpassRecords,
  ZFeatureCollection,
  ZOverpass,
} from "./geojson-source";
import type { HsdsGraph } from "./hsds/graph";
import { graphFromJson } from "./hsds/json";
import { graphFromPackage } from "./hsds/tabular";
import { w, type FacilityRecord, type Format, type Issue } from "./types";
import { readXlsx } from "./xlsx-source";

// Which reader a file needs (by --format, else by its name and first bytes), and the records it gives.

export class Unreadable extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message.en);
  }
}

const unreadable = (nl: string, en: string) => new Unreadable({ record: "file", field: null, message: w(nl, en) });

export async function detectFormat(path: string): Promise<Format> {
  if ((await stat(path)).isDirectory() || basename(path).toLowerCase() === "datapackage.json") return "hsds";
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  if (ext === ".zip") return "hsds";
  const start = (await readFile(path))
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (start.startsWith("PK")) return "xlsx";
  if (!start.startsWith("{") && !start.startsWith("[")) return "csv";
  const text = await readFile(path, "utf8");
  const data: unknown = JSON.parse(text);
  if (ZOverpass.safeParse(data).success) return "osm";
  const fc = ZFeatureCollection.safeParse(data);
  if (fc.success) return isOsmCollection(fc.data) ? "osm" : "geojson";
  return "hsds";
}

/** An HSDS file as one graph: a data package (folder, datapackage.json or zip) or 3.0 JSON records. */
export async function readHsds(path: string): Promise<HsdsGraph> {
  const isPackage =
    (await stat(path)).isDirectory() ||
    /(^|\/)datapackage\.json$/i.test(path) ||
    extname(path).toLowerCase() === ".zip";
  return isPackage ? graphFromPackage(path) : graphFromJson(await readJson(path));
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch {
    throw unreadable("Het bestand is geen geldige JSON.", "The file is not valid JSON.");
  }
}

/** The file's facility records, in file order. */
export async function* readRecords(path: string, format: Format, opts: ReadOptions): AsyncGenerator<FacilityRecord> {
  if (format === "csv") return yield* readCsv(path, opts);
  if (format === "xlsx") return yield* readXlsx(path, opts);
  const data = await readJson(path);
  if (format === "osm") {
    const overpass = ZOverpass.safeParse(data);
    if (overpass.success) return yield* overpassRecords(overpass.data, opts.warn);
  }
  const fc = ZFeatureCollection.safeParse(data);
  if (!fc.success)
    throw format === "osm"
      ? unreadable(
          "Dit is geen Overpass-JSON of GeoJSON-export van OpenStreetMap.",
          "This is not Overpass JSON or a GeoJSON export of OpenStreetMap.",
        )
      : unreadable(
          "Dit is geen GeoJSON FeatureCollection (RFC 7946).",
          "This is not a GeoJSON FeatureCollection (RFC 7946).",
        );
  if (format === "osm") return yield* osmGeojsonRecords(fc.data, opts.warn);
  if (format === "geojson") return yield* geojsonRecords(fc.data, { organization: opts.organization, format }, opts);
  throw unreadable("Dit bestand is HSDS: lees het met readHsds.", "This file is HSDS: read it with readHsds.");
}
