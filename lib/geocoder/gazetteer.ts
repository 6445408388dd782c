import type pg from "pg";
import { placeKey } from "../geo/place-key";
import type { Geocoder, GeocodeResult, PostcodeQuery } from "./types";

// Offline geocoding from the gazetteer tables. PC6 is answered at PC4 precision (the GeoNames file has PC4 only).
export class GazetteerGeocoder implements Geocoder {
  constructor(private readonly pool: pg.Pool) {}

  async postcode(q: PostcodeQuery): Promise<GeocodeResult | null> {
    const { rows } = await this.pool.query<{ pc4: string; place: string; gemeente_code: string | null; lat: number; lng: number }>(
      "SELECT pc4, place, gemeente_code, lat, lng FROM postcode_area WHERE pc4 = $1", [q.pc4]);
    const r = rows[0];
    if (!r) return null;
    return { lat: r.lat, lng: r.lng, label: `${r.pc4} ${r.place}`, gemeenteCode: r.gemeente_code, precision: "pc4", source: "gazetteer" };
  }

  async place(name: string): Promise<GeocodeResult | null> {
    const { rows } = await this.pool.query<{ name: string; gemeente_code: string; lat: number; lng: number }>(
      "SELECT name, gemeente_code, lat, lng FROM place WHERE key = $1 ORDER BY rank DESC, name LIMIT 1", [placeKey(name)]);
    const r = rows[0];
    if (!r) return null;
    return { lat: r.lat, lng: r.lng, label: r.name, gemeenteCode: r.gemeente_code, precision: "place", source: "gazetteer" };
  }
}
