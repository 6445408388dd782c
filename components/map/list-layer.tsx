import { useMemo, useState } from "react";
import { useMap, useMapEvents } from "react-leaflet";

import { clusterPoints } from "@/lib/geo/cluster-points";

import { iconFor } from "./icons";
import { ClusterMarker, PlaceMarker } from "./markers";
import type { MapLabels, MapPoint } from "./types";
import { useListSelection } from "./use-list-selection";

/** Below this zoom the list's own markers are clustered too where they crowd (at zoom 9, twenty places within 3 km
 *  are one blot); the chosen one is always drawn by itself. From zoom 11 a 600 px map spans ≈ 28 km: apart enough. */
const LIST_CLUSTER_BELOW_ZOOM = 11;

/** The page's own facilities, in sync with the list items that carry data-id. */
export function ListLayer({ points, labels }: { points: MapPoint[]; labels: MapLabels }) {
  const map = useMap();
  const { selected, choose } = useListSelection();
  const index = useMemo(() => clusterPoints(points), [points]);
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const shown =
    zoom < LIST_CLUSTER_BELOW_ZOOM
      ? index([-180, -85, 180, 85], zoom)
      : points.map((p) => ({ cluster: false as const, point: p }));
  const marker = (p: MapPoint) => (
    <PlaceMarker
      key={p.id}
      lat={p.lat}
      lng={p.lng}
      name={p.name}
      href={p.href}
      zIndexOffset={p.id === selected ? 2000 : 1000}
      icon={iconFor(p.type, labels.typeLetters[p.type] ?? "•", p.id === selected ? "selected" : "result")}
      onClick={() => choose(p.id)}
    />
  );
  const chosen = points.find((p) => p.id === selected);
  return (
    <>
      {shown.map((c) =>
        c.cluster ? (
          <ClusterMarker
            key={`l${c.lng},${c.lat},${c.count}`}
            lat={c.lat}
            lng={c.lng}
            count={c.count}
            bbox={c.bbox}
            labels={labels}
            extra="bw-list-cluster"
            zIndexOffset={1500}
          />
        ) : (
          marker(c.point)
        ),
      )}
      {chosen && !shown.some((c) => !c.cluster && c.point.id === chosen.id) && marker(chosen)}
    </>
  );
}
