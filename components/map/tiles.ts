// Map tiles from the environment (default PDOK BRT-Achtergrondkaart). Without tiles the markers still work.
export const TILE_URL =
  process.env.NEXT_PUBLIC_TILE_URL ??
  "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";
export const TILE_ATTRIBUTION =
  process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? 'Kaart: <a href="https://www.pdok.nl">PDOK</a> / Kadaster';
