// Turning what a person types (postcode, place) into a point. Implementations: the offline gazetteer in PostgreSQL
// and PDOK Locatieserver over HTTP.

export type GeocodeResult = {
  lat: number; // WGS84
  lng: number;
  label: string;
  gemeenteCode: string | null; // CBS code `GM0344`
  precision: "pc6" | "pc4" | "place";
  source: "gazetteer" | "pdok";
};

export type PostcodeQuery = { pc4: string; pc6: string | null };

export interface Geocoder {
  postcode(q: PostcodeQuery): Promise<GeocodeResult | null>;
  place(name: string): Promise<GeocodeResult | null>;
}
