import Supercluster from "supercluster";

// Clusters for points a page already has (an organisation's 343 places), with the same supercluster settings as the
// search map's server clusters (lib/server/clusters/cluster-facilities.ts), so both maps group alike. Coordinates: lat/lng
// in, GeoJSON [lng, lat] only inside supercluster.

/** Markers closer than this many screen pixels (256 px tiles) merge into one cluster. */
export const CLUSTER_RADIUS_PX = 44;
/** From this zoom on every point is drawn by itself (a street's houses are apart on screen by then). */
export const POINTS_MAX_ZOOM = 16;

export type LatLng = { lat: number; lng: number };
export type PointCluster<P> =
  | {
      cluster: true;
      lat: number;
      lng: number;
      count: number;
      /** [west, south, east, north] of its points */ bbox: [number, number, number, number];
    }
  | { cluster: false; point: P };

type Extent = { i: number; w: number; s: number; e: number; n: number };

/** An index over `points`; ask it for the clusters in a box ([west, south, east, north]) at a zoom level. */
export function clusterPoints<P extends LatLng>(
  points: readonly P[],
): (bbox: [number, number, number, number], zoom: number) => PointCluster<P>[] {
  const index = new Supercluster<Extent, Extent>({
    minZoom: 0,
    maxZoom: POINTS_MAX_ZOOM,
    extent: 256,
    radius: CLUSTER_RADIUS_PX,
    map: (p) => ({ ...p }),
    reduce: (acc, p) => {
      acc.w = Math.min(acc.w, p.w);
      acc.s = Math.min(acc.s, p.s);
      acc.e = Math.max(acc.e, p.e);
      acc.n = Math.max(acc.n, p.n);
    },
  });
  index.load(
    points.map((p, i) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [p.lng, p.lat] },
      properties: { i, w: p.lng, s: p.lat, e: p.lng, n: p.lat },
    })),
  );
  return (bbox, zoom) =>
    index
      .getClusters(bbox, Math.max(0, Math.min(Math.round(zoom), POINTS_MAX_ZOOM + 1)))
      .flatMap((f): PointCluster<P>[] => {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        const p = f.properties as Extent & { cluster?: boolean; point_count?: number };
        if (p.cluster) return [{ cluster: true, lat, lng, count: p.point_count ?? 0, bbox: [p.w, p.s, p.e, p.n] }];
        const point = points[p.i];
        return point ? [{ cluster: false, point }] : [];
      });
}
