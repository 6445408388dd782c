import { publicEnv } from "@/lib/env/public";

// Map tiles from the environment (default PDOK BRT-Achtergrondkaart). Without tiles the markers still work.
export const TILE_URL = publicEnv.NEXT_PUBLIC_TILE_URL;
export const TILE_ATTRIBUTION = publicEnv.NEXT_PUBLIC_TILE_ATTRIBUTION;
