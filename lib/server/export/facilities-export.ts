import "server-only";

import type pg from "pg";

import { csvField } from "../../csv";
import { TEMPLATE_COLUMNS } from "../../import/columns";
import { facilityCells, facilityExportBatches } from "./facility-table";

// GET /api/v1/export/facilities.csv and .geojson: every facility the public sees, as the import template's table.
// Written as the rows come (2,000 a batch), so memory stays flat at 600,000 facilities.

/** UTF-8 with BOM (Excel reads ë right), `;` between fields (Dutch Excel), CRLF, every field through csvField (quoted,
 *  formulas defused) — the import reads it back as it is. */
export async function* facilitiesCsv(pool: pg.Pool): AsyncGenerator<string> {
  yield `\uFEFF${TEMPLATE_COLUMNS.map(csvField).join(";")}\r\n`;
  for await (const rows of facilityExportBatches(pool)) {
    yield rows
      .map((f) => {
        const cells = facilityCells(f);
        return `${TEMPLATE_COLUMNS.map((c) => csvField(cells[c])).join(";")}\r\n`;
      })
      .join("");
  }
}

/** RFC 7946: a FeatureCollection of Points ([lng, lat]); the properties are the template's columns but lat/lng. */
export async function* facilitiesGeoJson(pool: pg.Pool): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const rows of facilityExportBatches(pool)) {
    const features = rows.map((f) => {
      const cells = facilityCells(f);
      const properties = Object.fromEntries(
        TEMPLATE_COLUMNS.filter((c) => c !== "lat" && c !== "lng").map((c) => [c, cells[c]]),
      );
      return JSON.stringify({
        type: "Feature",
        id: f.id,
        geometry: { type: "Point", coordinates: [f.lng, f.lat] },
        properties,
      });
    });
    yield `${first ? "" : ","}${features.join(",")}`;
    first = false;
  }
  yield "]}";
}
