// The national gazetteer as shipped in prisma/reference/ (derived from GeoNames, CC-BY 4.0). Coordinates WGS84.

export type Pc4Row = {
  pc4: string;
  place: string;
  gemeenteCode: string | null; // CBS `GM0344`: the gemeente most of the PC4's GeoNames rows name
  otherGemeenteCodes: string[]; // a PC4 that crosses a gemeente border names the others here
  lat: number;
  lng: number;
};

/** One name a place is found by: its own name, or an alias (Frisian, official, colloquial, the gemeente's name). */
export type PlaceRow = { alias: string; name: string; gemeenteCode: string; lat: number; lng: number; rank: number };

export type GemeenteRow = {
  code: string;
  name: string;
  province: string;
  lat: number;
  lng: number;
  population: number;
};

export type GazetteerData = { postcodes: Pc4Row[]; places: PlaceRow[]; gemeenten: GemeenteRow[] };
