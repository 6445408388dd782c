"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useMemo, useState } from "react";
import { MapContainer, Marker, Popup, TileLayer, useMapEvents } from "react-leaflet";
import Supercluster from "supercluster";
import type { MapLabels, MapPoint } from "./types";

// The only module that imports Leaflet. Points are clustered with supercluster on the client (one frame for
// thousands of points; plain DOM markers took 1.7 s per pan at 6,000). Markers differ by shape and letter, not by
// colour alone. Tiles come from the environment (default PDOK BRT-Achtergrondkaart); without tiles the markers
// still work.

const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL ?? "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";
const TILE_ATTRIBUTION = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? 'Kaart: <a href="https://www.pdok.nl">PDOK</a> / Kadaster';

const icons = new Map<string, L.DivIcon>();
function iconFor(type: string, letter: string): L.DivIcon {
  let icon = icons.get(type);
  if (!icon) {
    icon = L.divIcon({ className: `bw-marker bw-marker-${type}`, html: `<span>${letter}</span>`, iconSize: [32, 32], iconAnchor: [16, 16] });
    icons.set(type, icon);
  }
  return icon;
}

const clusterIcon = (count: number) =>
  L.divIcon({ className: "bw-cluster", html: `<span>${count}</span>`, iconSize: [40, 40], iconAnchor: [20, 20] });

type Feature = Supercluster.PointFeature<{ i: number }>;

function Clusters({ points, labels }: { points: MapPoint[]; labels: MapLabels }) {
  const index = useMemo(() => {
    const sc = new Supercluster<{ i: number }>({ radius: 48, maxZoom: 17 });
    // GeoJSON order: [lng, lat].
    sc.load(points.map((p, i): Feature => ({ type: "Feature", properties: { i }, geometry: { type: "Point", coordinates: [p.lng, p.lat] } })));
    return sc;
  }, [points]);
  const [view, setView] = useState<{ bbox: [number, number, number, number]; zoom: number } | null>(null);
  const map = useMapEvents({
    moveend: () => {
      const b = map.getBounds();
      setView({ bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: Math.round(map.getZoom()) });
    },
  });
  const current = view ?? (() => {
    const b = map.getBounds();
    return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number], zoom: Math.round(map.getZoom()) };
  })();
  return (
    <>
      {index.getClusters(current.bbox, current.zoom).map((c) => {
        const [lng, lat] = c.geometry.coordinates as [number, number];
        const props = c.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
        if (props.cluster && props.cluster_id !== undefined) {
          const id = props.cluster_id;
          return (
            <Marker key={`c${id}`} position={[lat, lng]} icon={clusterIcon(props.point_count ?? 0)}
              eventHandlers={{ click: () => map.setView([lat, lng], Math.min(index.getClusterExpansionZoom(id), 18)) }} />
          );
        }
        const p = points[props.i ?? -1];
        if (!p) return null;
        return (
          <Marker key={p.id} position={[p.lat, p.lng]} icon={iconFor(p.type, labels.typeLetters[p.type] ?? "•")} title={p.name} alt={p.name}>
            <Popup><a href={p.href}>{p.name}</a></Popup>
          </Marker>
        );
      })}
    </>
  );
}

export default function FacilityMap({ points, labels }: { points: MapPoint[]; labels: MapLabels }) {
  const bounds = useMemo(() => L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])).pad(0.1), [points]);
  if (points.length === 0) return null;
  return (
    <MapContainer bounds={bounds} className="bw-map" scrollWheelZoom={false}>
      <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
      <Clusters points={points} labels={labels} />
    </MapContainer>
  );
}
