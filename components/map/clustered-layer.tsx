import { useMemo, useState } from "react";
import { useMap, useMapEvents } from "react-leaflet";

import { clusterPoints } from "@/lib/geo/cluster-points";

import { iconFor } from "./icons";
import { ClusterMarker, PlaceMarker } from "./markers";
import type { MapLabels, MapPoint } from "./types";

/** A page's own many places without a list to sync (an organisation's 343): clustered, redrawn after every move. */
export function ClusteredLayer({ points, labels }: { points: MapPoint[]; labels: MapLabels }) {
  const map = useMap();
  const at = useMemo(() => clusterPoints(points), [points]);
  const inView = () => {
    const b = map.getBounds().pad(0.2);
    return at(
      [
        Math.max(-180, b.getWest()),
        Math.max(-85, b.getSouth()),
        Math.min(180, b.getEast()),
        Math.min(85, b.getNorth()),
      ],
      map.getZoom(),
    );
  };
  const [shown, setShown] = useState(inView);
  useMapEvents({ moveend: () => setShown(inView()) });
  return (
    <>
      {shown.map((c) =>
        c.cluster ? (
          <ClusterMarker
            key={`c${c.lng},${c.lat},${c.count}`}
            lat={c.lat}
            lng={c.lng}
            count={c.count}
            bbox={c.bbox}
            labels={labels}
          />
        ) : (
          <PlaceMarker
            key={c.point.id}
            lat={c.point.lat}
            lng={c.point.lng}
            name={c.point.name}
            href={c.point.href}
            icon={iconFor(c.point.type, labels.typeLetters[c.point.type] ?? "•", "result")}
          />
        ),
      )}
    </>
  );
}
