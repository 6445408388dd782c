// Turning what a person types (postcode, place) into a point. Implementations: the offline gazetteer in PostgreSQL
// and PDOK Locatieserver over HTTP.

export type GeocodeResult = {
  lat: number; // WGS84
  lng: number;
  label: string;
  gemeenteCode: string | null; // CBS code `GM0344`; null when unknown or when the area lies in several gemeenten
  /** When a PC4 crosses a gemeente border: every gemeente it reaches (gemeenteCode is then null — no guess). */
  gemeenteCodes?: string[];
  /** Found by part of the text ("Amsterdam Noord" → Amsterdam): the caller says what it searched around. */
  partial?: boolean;
  precision: "pc6" | "pc4" | "place";
  source: "gazetteer" | "pdok";
};

export type PostcodeQuery = { pc4: string; pc6: string | null };

export interface Geocoder {
  postcode(q: PostcodeQuery): Promise<GeocodeResult | null>;
  place(name: string): Promise<GeocodeResult | null>;
  /** Known place names that look like a misspelt one ("Utrect" → ["Utrecht"]), best first. */
  suggestPlaces?(name: string): Promise<string[]>;
}
