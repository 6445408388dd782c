import type L from "leaflet";
import { createTranslator } from "next-intl";
import type { ReactNode } from "react";
import { Marker, Popup, useMap } from "react-leaflet";

import { clusterIcon } from "./icons";
import type { MapLabels } from "./types";

/** "Tap to zoom in" on a cluster: fit its extent ([west, south, east, north]); one spot: zoom in three steps. */
export function zoomInto(map: L.Map, lat: number, lng: number, [w, s, e, n]: [number, number, number, number]) {
  if (e - w < 1e-6 && n - s < 1e-6) map.setView([lat, lng], Math.min(map.getZoom() + 3, 19));
  else
    map.fitBounds(
      [
        [s, w],
        [n, e],
      ],
      { padding: [40, 40], maxZoom: 19 },
    );
}

// Leaflet copies every option it is given, so an undefined zIndexOffset would replace its default 0: leave it out.
const offset = (zIndexOffset: number | undefined) => (zIndexOffset === undefined ? {} : { zIndexOffset });

/** A numbered cluster that zooms into its extent when chosen. */
export function ClusterMarker({
  lat,
  lng,
  count,
  bbox,
  labels,
  extra,
  zIndexOffset,
}: {
  lat: number;
  lng: number;
  count: number;
  bbox: [number, number, number, number];
  labels: MapLabels;
  extra?: string;
  zIndexOffset?: number;
}) {
  const map = useMap();
  // The plural form the page's language needs for this count ("1 plek", "3 plekken"; Arabic has six).
  const title = createTranslator({ locale: labels.locale, messages: { cluster: labels.cluster } })("cluster", {
    n: count,
  });
  return (
    <Marker
      position={[lat, lng]}
      {...offset(zIndexOffset)}
      icon={clusterIcon(count, extra)}
      title={title}
      alt={title}
      eventHandlers={{ click: () => zoomInto(map, lat, lng, bbox) }}
    />
  );
}

/** One place, with a popup linking to its page. */
export function PlaceMarker({
  lat,
  lng,
  name,
  icon,
  href,
  zIndexOffset,
  onClick,
}: {
  lat: number;
  lng: number;
  name: string;
  icon: L.DivIcon;
  href: string;
  zIndexOffset?: number;
  onClick?: () => void;
}): ReactNode {
  return (
    <Marker
      position={[lat, lng]}
      {...offset(zIndexOffset)}
      icon={icon}
      title={name}
      alt={name}
      eventHandlers={onClick ? { click: onClick } : undefined}
    >
      <Popup>
        <a href={href}>{name}</a>
      </Popup>
    </Marker>
  );
}
