"use client";

import "leaflet/dist/leaflet.css";

import { CircleMarker, MapContainer, TileLayer, Tooltip } from "react-leaflet";

import { TILE_ATTRIBUTION, TILE_URL } from "./tiles";

// Unmet needs as circles at gemeente centres: area grows with the number of searches. The table beside it holds the
// same figures (the map is an extra, not the only way to read them).
export type NeedPoint = { key: string; lat: number; lng: number; searches: number; label: string };

export default function NeedsMap({ points }: { points: NeedPoint[] }) {
  const max = Math.max(1, ...points.map((p) => p.searches));
  return (
    <div dir="ltr">
      <MapContainer center={[52.2, 5.3]} zoom={7} className="bw-map needs-map" scrollWheelZoom={false}>
        <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
        {points.map((p) => (
          <CircleMarker
            key={p.key}
            center={[p.lat, p.lng]}
            radius={6 + 24 * Math.sqrt(p.searches / max)}
            pathOptions={{ color: "#8a3b00", weight: 2, fillOpacity: 0.35 }}
          >
            <Tooltip>{p.label}</Tooltip>
          </CircleMarker>
        ))}
      </MapContainer>
    </div>
  );
}
