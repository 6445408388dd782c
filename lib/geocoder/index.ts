import { getReadPool } from "../db";
import { serverEnv } from "../env/server";
import { GazetteerGeocoder } from "./gazetteer";
import { ChainGeocoder, PdokGeocoder } from "./pdok";
import type { Geocoder } from "./types";

// GEOCODER=pdok puts PDOK Locatieserver first, with the offline gazetteer behind it; the default is the gazetteer.
export function getGeocoder(): Geocoder {
  const gazetteer = new GazetteerGeocoder(getReadPool());
  const env = serverEnv();
  if (env.GEOCODER !== "pdok") return gazetteer;
  const pdok = new PdokGeocoder(fetch, env.PDOK_LOCATIESERVER_URL);
  return new ChainGeocoder([pdok, gazetteer], (e) => console.warn("[geocoder] PDOK failed, using gazetteer:", e));
}

export type { Geocoder, GeocodeResult } from "./types";
