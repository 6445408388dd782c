import { z } from "zod";

import { parseEnv, withDefault } from "./read";

// Settings the browser bundle holds too. Next.js inlines NEXT_PUBLIC_* at build time only where the code spells
// `process.env.NEXT_PUBLIC_…` out, hence the literal reads here; everything else about the environment is in
// ./runtime.ts and ./server.ts.

export const publicEnv = parseEnv(
  {
    /** Map tiles, {z}/{x}/{y}; default PDOK BRT-Achtergrondkaart. */
    NEXT_PUBLIC_TILE_URL: withDefault(
      z.string(),
      "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
    ),
    NEXT_PUBLIC_TILE_ATTRIBUTION: withDefault(z.string(), 'Kaart: <a href="https://www.pdok.nl">PDOK</a> / Kadaster'),
  },
  {
    NEXT_PUBLIC_TILE_URL: process.env.NEXT_PUBLIC_TILE_URL,
    NEXT_PUBLIC_TILE_ATTRIBUTION: process.env.NEXT_PUBLIC_TILE_ATTRIBUTION,
  },
);
