import "server-only";

import Supercluster from "supercluster";

import { CLUSTER_RADIUS_PX } from "../../geo/cluster-points";
import type { Box, CellProps, CellRow, ClusterFeature } from "./types";

/** The cells merged by supercluster into clusters CLUSTER_RADIUS_PX apart (counts and extents summed); a cell of
 *  one facility stays that facility. `total`: the facilities counted. */
export function mergeCells(found: CellRow[], box: Box, z: number): { features: ClusterFeature[]; total: number } {
  const index = new Supercluster<CellProps, CellProps>({
    minZoom: z,
    maxZoom: z,
    extent: 256,
    radius: CLUSTER_RADIUS_PX,
    map: (p) => ({ ...p }),
    reduce: (acc, p) => {
      acc.n += p.n;
      acc.s = Math.min(acc.s, p.s);
      acc.w = Math.min(acc.w, p.w);
      acc.nn = Math.max(acc.nn, p.nn);
      acc.e = Math.max(acc.e, p.e);
    },
  });
  index.load(
    found.map((c) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [c.lng, c.lat] },
      properties: { n: c.n, s: c.s, w: c.w, nn: c.nn, e: c.e, id: c.id, slug: c.slug, name: c.name, type: c.type },
    })),
  );
  let total = 0;
  const features = index.getClusters([box.minLng, box.minLat, box.maxLng, box.maxLat], z).map((f): ClusterFeature => {
    const p = f.properties as CellProps;
    total += p.n;
    const coordinates = f.geometry.coordinates as [number, number];
    if (p.n === 1 && p.id && p.slug && p.name && p.type) {
      return {
        type: "Feature",
        geometry: { type: "Point", coordinates },
        properties: { cluster: false, id: p.id, slug: p.slug, name: p.name, type: p.type },
      };
    }
    return {
      type: "Feature",
      geometry: { type: "Point", coordinates },
      properties: { cluster: true, count: p.n, bbox: [p.w, p.s, p.e, p.nn] },
    };
  });
  return { features, total };
}
