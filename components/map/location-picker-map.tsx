"use client";

import "leaflet/dist/leaflet.css";

import L from "leaflet";
import { MapContainer, Marker, TileLayer } from "react-leaflet";

import { TILE_ATTRIBUTION, TILE_URL } from "./tiles";

// A small map with one draggable pin: where the facility is. Loaded lazily by components/beheer/location-picker.tsx
// (the member area's facility form), which owns the state and the number fields.
const pin = L.divIcon({
  className: "bw-marker bw-marker-buurthuis bw-selected",
  html: '<span aria-hidden="true">●</span>',
  iconSize: [36, 36],
  iconAnchor: [18, 18],
});

export default function LocationPickerMap({
  lat,
  lng,
  title,
  onMove,
}: {
  lat: number;
  lng: number;
  title: string;
  onMove: (lat: number, lng: number) => void;
}) {
  return (
    <div dir="ltr">
      <MapContainer center={[lat, lng]} zoom={16} className="bw-map picker-map" scrollWheelZoom={false}>
        <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
        <Marker
          position={[lat, lng]}
          draggable
          icon={pin}
          title={title}
          keyboard={false}
          eventHandlers={{
            dragend: (e) => {
              const p = (e.target as L.Marker).getLatLng();
              onMove(p.lat, p.lng);
            },
          }}
        />
      </MapContainer>
    </div>
  );
}
