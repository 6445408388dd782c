import "server-only";

// The answer of GET /api/v1/clusters, and the cells it is made of.

export type ClusterFeature = {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties:
    | { cluster: true; count: number; bbox: [number, number, number, number] }
    | { cluster: false; id: string; slug: string; name: string; type: string };
};
/** `bbox`: the box actually counted — the asked box clipped to the service region and widened to whole cells. */
export type ClusterCollection = {
  type: "FeatureCollection";
  features: ClusterFeature[];
  total: number;
  zoom: number;
  bbox: [number, number, number, number] | null;
};

/** One screen cell: count, extent (s, w, nn = north, e) and, where it holds one facility, that facility. */
export type CellProps = {
  n: number;
  s: number;
  w: number;
  nn: number;
  e: number;
  id: string | null;
  slug: string | null;
  name: string | null;
  type: string | null;
};
export type CellRow = CellProps & { lat: number; lng: number };
/** Cell indexes at the zoom, inclusive. */
export type CellRange = { x0: number; x1: number; y0: number; y1: number };
export type Box = { minLng: number; minLat: number; maxLng: number; maxLat: number };
