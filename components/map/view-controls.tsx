import { useEffect, useRef } from "react";
import { useMap, useMapEvents } from "react-leaflet";

import type { MapView } from "./types";
import { writeMapView } from "./view-url";

/** One-finger dragging on or off (see facility-map.tsx); MapContainer reads `dragging` only when it starts. */
export function TouchPan({ free }: { free: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (free) map.dragging.enable();
    else map.dragging.disable();
  }, [map, free]);
  return null;
}

/** After the reader moves the map: its view into the URL, and the centre for "search this area". */
export function ViewTracker({ onMoved }: { onMoved: (view: MapView) => void }) {
  const map = useMap();
  const key = () => `${map.getZoom()}/${map.getCenter().lat.toFixed(5)}/${map.getCenter().lng.toFixed(5)}`;
  const start = useRef<string | null>(null);
  if (start.current === null) start.current = key(); // the view the map opened with
  useMapEvents({
    moveend: () => {
      const now = key();
      if (now === start.current) return;
      start.current = "moved";
      const c = map.getCenter();
      const view = { zoom: map.getZoom(), lat: Number(c.lat.toFixed(5)), lng: Number(c.lng.toFixed(5)) };
      writeMapView(view);
      onMoved(view);
    },
  });
  return null;
}
