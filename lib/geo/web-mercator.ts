// Web Mercator (EPSG:3857) with 256 px tiles, as Leaflet and the tile servers use it: positions ↔ pixels at a zoom
// level, and the 16 px cells the map's clusters are counted in. The SQL functions cell_x / cell_y (migration
// 20261125013000_facility_cells) compute the same cells; tests/integration/clusters.test.ts holds the two equal.

const MAX_LAT = 85.05;

/** Pixel coordinates of a position at a zoom level (the world is 256 · 2^zoom pixels wide). */
export function mercatorPx(lat: number, lng: number, zoom: number): { x: number; y: number } {
  const size = 256 * 2 ** zoom;
  const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * size, y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size };
}

/** The position of a pixel at a zoom level. */
export function mercatorLatLng(x: number, y: number, zoom: number): { lat: number; lng: number } {
  const size = 256 * 2 ** zoom;
  return { lng: (x / size) * 360 - 180, lat: (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI };
}

/** The 16 px cell of a position, written exactly as cell_x / cell_y in SQL (the same floating-point steps, so a
 *  position on a cell's edge falls in the same cell on both sides), and the position of a cell's west / north edge. */
export const cellX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** (z + 4));
export const cellY = (lat: number, z: number) =>
  Math.floor((0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * 2 ** (z + 4));
export const cellLng = (cx: number, z: number) => mercatorLatLng(cx * 16, 0, z).lng;
export const cellLat = (cy: number, z: number) => mercatorLatLng(0, cy * 16, z).lat;
