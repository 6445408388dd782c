import type pg from "pg";

import { placeKey, placeKeyCandidates } from "../geo/place-key";
import type { Geocoder, GeocodeResult, PostcodeQuery } from "./types";

// Offline geocoding from the gazetteer tables. PC6 is answered at PC4 precision (the GeoNames file has PC4 only).

export class GazetteerGeocoder implements Geocoder {
  constructor(private readonly pool: pg.Pool) {}

  async postcode(q: PostcodeQuery): Promise<GeocodeResult | null> {
    const { rows } = await this.pool.query<{
      pc4: string;
      place: string;
      gemeente_code: string | null;
      other: string[];
      lat: number;
      lng: number;
    }>("SELECT pc4, place, gemeente_code, other_gemeente_codes AS other, lat, lng FROM postcode_area WHERE pc4 = $1", [
      q.pc4,
    ]);
    const r = rows[0];
    if (!r) return null;
    const split = r.other.length > 0 && r.gemeente_code !== null;
    return {
      lat: r.lat,
      lng: r.lng,
      label: `${r.pc4} ${r.place}`,
      precision: "pc4",
      source: "gazetteer",
      gemeenteCode: split ? null : r.gemeente_code,
      ...(split ? { gemeenteCodes: [r.gemeente_code as string, ...r.other] } : {}),
    };
  }

  /** Exact key first (with and without 's-, brackets, ", Nederland"), then runs of words; the largest place wins a key. */
  async place(name: string): Promise<GeocodeResult | null> {
    const candidates = placeKeyCandidates(name);
    if (candidates.length === 0) return null;
    const { rows } = await this.pool.query<{
      name: string;
      key: string;
      gemeente_code: string;
      lat: number;
      lng: number;
    }>(
      `SELECT name, key, gemeente_code, lat, lng FROM place WHERE key = ANY($1::text[])
       ORDER BY array_position($1::text[], key), rank DESC, name LIMIT 1`,
      [candidates.map((c) => c.key)],
    );
    const r = rows[0];
    if (!r) return null;
    const partial = candidates.find((c) => c.key === r.key)?.partial ?? false;
    return {
      lat: r.lat,
      lng: r.lng,
      label: r.name,
      gemeenteCode: r.gemeente_code,
      precision: "place",
      source: "gazetteer",
      ...(partial ? { partial } : {}),
    };
  }

  /** pg_trgm similarity on the place keys (GIN index); one name per place, larger places first on a tie. */
  async suggestPlaces(name: string, limit = 3): Promise<string[]> {
    const key = placeKey(name);
    if (key.length < 3) return [];
    const { rows } = await this.pool.query<{ name: string }>(
      `SELECT name FROM place WHERE key % $1
       GROUP BY name ORDER BY max(similarity(key, $1)) DESC, max(rank) DESC, name LIMIT $2`,
      [key, limit],
    );
    return rows.map((r) => r.name);
  }
}
