"use client";

import "leaflet/dist/leaflet.css";

import L from "leaflet";
import { useMemo, useState } from "react";
import { MapContainer, TileLayer } from "react-leaflet";

import { ClusterLayer } from "./cluster-layer";
import { ClusteredLayer } from "./clustered-layer";
import { ListLayer } from "./list-layer";
import { TILE_ATTRIBUTION, TILE_URL } from "./tiles";
import type { MapLabels, MapPoint, MapSearch, MapView } from "./types";
import { TouchPan, ViewTracker } from "./view-controls";
import { searchHereHref } from "./view-url";

// The public map (the member area's location picker is the other Leaflet module). Two layers (list-layer.tsx,
// cluster-layer.tsx; an organisation's page has clustered-layer.tsx instead):
//  - the page's own facilities (the result list, or an organisation's places), in sync with the list: pointing at
//    or focusing a list item highlights its marker, choosing a marker highlights and scrolls to its list item;
//  - on the search page, every other facility that matches the search, as clusters the server computes for the view
//    (GET /api/v1/clusters), so the map costs the same with 6,000 or 600,000 facilities.
// Markers differ by shape and letter, not by colour alone. Tiles come from the environment (default PDOK
// BRT-Achtergrondkaart); without tiles the markers still work. After the reader moves the map, its view goes into
// the URL (kaart=zoom/lat/lng) and "search this area" offers a new search around the map's centre.
// On a touch or narrow screen the map must not trap the page: one finger scrolls the page (Leaflet's dragging off, so
// its container lets the browser pan: touch-action pan-x pan-y), two fingers move and zoom the map (touchZoom), and
// "Kaart verplaatsen" switches one-finger dragging on for whoever prefers it.

const NETHERLANDS: MapView = { zoom: 7, lat: 52.2, lng: 5.3 };
const TOUCH_OR_NARROW = "(pointer: coarse), (max-width: 40rem)";

export default function FacilityMap({
  points,
  labels,
  search,
  view,
  skipTo,
}: {
  points: MapPoint[];
  labels: MapLabels;
  search?: MapSearch;
  view: MapView | null;
  skipTo?: string;
}) {
  const [failed, setFailed] = useState(false);
  const [moved, setMoved] = useState<MapView | null>(null);
  const [touch] = useState(() => window.matchMedia(TOUCH_OR_NARROW).matches); // client-only module (ssr: false)
  const [free, setFree] = useState(!touch);
  const ids = useMemo(() => new Set(points.map((p) => p.id)), [points]);
  const start = useMemo(() => {
    if (view || points.length === 0) return { center: view ?? NETHERLANDS };
    return { bounds: L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])).pad(0.1) };
  }, [view, points]);
  const searchHere = search && moved ? searchHereHref(search.searchHere, moved) : null;
  return (
    <div className="bw-map-wrap" role="region" aria-label={labels.region}>
      {skipTo && (
        <a className="skip-map" href={`#${skipTo}`}>
          {labels.skip}
        </a>
      )}
      {searchHere && (
        <a className="search-here" href={searchHere}>
          {labels.searchHere}
        </a>
      )}
      {failed && (
        <p role="status" className="map-failed">
          {labels.loadFailed}
        </p>
      )}
      {/* Leaflet lays out left-to-right; its controls stay usable inside right-to-left pages. */}
      <div dir="ltr">
        <MapContainer
          className="bw-map"
          scrollWheelZoom={false}
          dragging={free}
          touchZoom
          {...("bounds" in start
            ? { bounds: start.bounds, boundsOptions: { maxZoom: 16 } }
            : { center: [start.center.lat, start.center.lng], zoom: start.center.zoom })}
        >
          <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
          {search && <ClusterLayer search={search} labels={labels} skip={ids} onFailed={setFailed} />}
          {/* Without a search (an organisation's or facility's page) there is no list in sync: cluster them. */}
          {search ? <ListLayer points={points} labels={labels} /> : <ClusteredLayer points={points} labels={labels} />}
          <TouchPan free={free} />
          <ViewTracker onMoved={setMoved} />
        </MapContainer>
      </div>
      {touch && (
        <p className="map-touch">
          <span>{labels.moveHint}</span>
          <button type="button" className="secondary" aria-pressed={free} onClick={() => setFree(!free)}>
            {labels.move}
          </button>
        </p>
      )}
    </div>
  );
}
