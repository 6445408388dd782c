import { z } from "zod";

import { osmRecords, type OsmElement } from "./osm";
import { byColumn, readHeader, tableRecord, unknownColumnsWarning } from "./table";
import { w, type FacilityRecord, type Format, type Issue } from "./types";

// GeoJSON (RFC 7946 FeatureCollection of Points, properties named like the table's columns), overpass-turbo GeoJSON
// exports (properties are raw OSM tags with `@id`) and Overpass API JSON (`elements`). The file is parsed whole: JSON
// cannot be read record by record without a streaming parser, and the size limit keeps it small enough.

const ZPosition = z.tuple([z.number(), z.number()]).rest(z.number());
const ZGeometry = z.object({ type: z.string(), coordinates: z.unknown() }).nullable();
const ZFeature = z.object({
  type: z.literal("Feature"),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: ZGeometry,
});
export const ZFeatureCollection = z.object({ type: z.literal("FeatureCollection"), features: z.array(ZFeature) });
export const ZOverpass = z.object({
  elements: z.array(
    z.object({
      type: z.enum(["node", "way", "relation"]),
      id: z.number(),
      lat: z.number().optional(),
      lon: z.number().optional(),
      center: z.object({ lat: z.number(), lon: z.number() }).optional(),
      tags: z.record(z.string(), z.string()).optional(),
    }),
  ),
});

/** A point for a geometry: a Point's own, else the average of a Polygon's (first) outer ring. */
function pointOf(g: z.infer<typeof ZGeometry>): { lat: number; lng: number } | null {
  if (!g) return null;
  const ring = (c: unknown): unknown => (g.type === "Polygon" ? (c as unknown[])[0] : (c as unknown[][])[0]?.[0]);
  const positions =
    g.type === "Point" ? [g.coordinates] : g.type === "Polygon" || g.type === "MultiPolygon" ? ring(g.coordinates) : [];
  const pts = z.array(ZPosition).safeParse(positions);
  if (!pts.success || pts.data.length === 0) return null;
  const n = pts.data.length;
  return {
    lng: pts.data.reduce((s, p) => s + p[0], 0) / n,
    lat: pts.data.reduce((s, p) => s + p[1], 0) / n,
  };
}

const OSM_ID = /^(node|way|relation)\/\d+$/;
export const isOsmCollection = (fc: z.infer<typeof ZFeatureCollection>): boolean =>
  fc.features.some((f) => OSM_ID.test(String(f.properties?.["@id"] ?? f.id ?? "")));

export function overpassRecords(data: z.infer<typeof ZOverpass>, warn: (i: Issue) => void): FacilityRecord[] {
  const elements: OsmElement[] = data.elements.flatMap((e) => {
    const lat = e.lat ?? e.center?.lat;
    const lng = e.lon ?? e.center?.lon;
    return lat === undefined || lng === undefined ? [] : [{ key: `${e.type}/${e.id}`, lat, lng, tags: e.tags ?? {} }];
  });
  return osmRecords(elements, warn);
}

export function osmGeojsonRecords(fc: z.infer<typeof ZFeatureCollection>, warn: (i: Issue) => void) {
  const elements: OsmElement[] = fc.features.flatMap((f) => {
    const p = pointOf(f.geometry);
    const key = String(f.properties?.["@id"] ?? f.id ?? "");
    const tags = Object.fromEntries(Object.entries(f.properties ?? {}).map(([k, v]) => [k, String(v)]));
    return p && OSM_ID.test(key) ? [{ key, ...p, tags }] : [];
  });
  return osmRecords(elements, warn);
}

/** A plain FeatureCollection: each feature's properties as a table row, its Point as lat/lng. */
export function geojsonRecords(
  fc: z.infer<typeof ZFeatureCollection>,
  opts: { organization: string | null; format: Format },
  report: { warn: (i: Issue) => void; error: (i: Issue) => void },
): FacilityRecord[] {
  const names = [...new Set(fc.features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const header = readHeader(names);
  if (header.unknown.length) report.warn(unknownColumnsWarning(header.unknown));
  return fc.features.map((f, i) => {
    const props = f.properties ?? {};
    const values = byColumn(
      header,
      names.map((n) => props[n]),
    );
    if (!values.extern_id && f.id !== undefined) values.extern_id = String(f.id);
    const at = `feature ${i + 1}`;
    const { record, issues } = tableRecord(values, at, { ...opts, keyPrefix: "geojson" });
    const p = f.geometry?.type === "Point" ? pointOf(f.geometry) : null;
    if (p) Object.assign(record.fields, p);
    else if (f.geometry) report.error({ record: at, field: "geometry", message: NOT_A_POINT });
    issues.forEach(report.error);
    return record;
  });
}

const NOT_A_POINT = w("De vorm moet een punt (Point) zijn.", "The geometry must be a Point.");
