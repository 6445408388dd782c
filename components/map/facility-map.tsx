"use client";

import "leaflet/dist/leaflet.css";

import L from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { MapContainer, Marker, Popup, TileLayer, useMap, useMapEvents } from "react-leaflet";

import { clusterPoints } from "@/lib/geo/cluster-points";
import { ZClusterAnswer, type TClusterFeature } from "@/lib/schemas/cluster-answer";

import { TILE_ATTRIBUTION, TILE_URL } from "./tiles";
import type { MapLabels, MapPoint, MapSearch, MapView } from "./types";

// The public map (the member area's location picker is the other Leaflet module). Two layers:
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
const MIN_CLUSTER_ZOOM = 5;
const MAX_TILES_ACROSS = 16; // the server takes at most 4096 × 4096 px
const TOUCH_OR_NARROW = "(pointer: coarse), (max-width: 40rem)";

type Variant = "result" | "selected" | "other";
const icons = new Map<string, L.DivIcon>();
function iconFor(type: string, letter: string, variant: Variant): L.DivIcon {
  const key = `${type}|${variant}`;
  let icon = icons.get(key);
  if (!icon) {
    const size = variant === "selected" ? 40 : variant === "result" ? 32 : 24;
    icon = L.divIcon({
      className: `bw-marker bw-marker-${type} bw-${variant}`,
      html: `<span>${letter}</span>`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    icons.set(key, icon);
  }
  return icon;
}

const clusterIcon = (count: number, extra = "") => {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52;
  return L.divIcon({
    className: `bw-cluster ${extra}`.trim(),
    html: `<span>${count}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
};

/** "Tap to zoom in" on a cluster: fit its extent ([west, south, east, north]); one spot: zoom in three steps. */
function zoomInto(map: L.Map, lat: number, lng: number, [w, s, e, n]: [number, number, number, number]) {
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

/** The view's box snapped outwards to whole 256 px tiles (so a CDN sees the same URL for nearby views). */
function tileBox(map: L.Map): { bbox: string; zoom: number } {
  const zoom = Math.round(map.getZoom());
  const b = map.getBounds();
  const nw = map.project(b.getNorthWest(), zoom).divideBy(256).floor();
  const se = map.project(b.getSouthEast(), zoom).divideBy(256).floor();
  const span = (lo: number, hi: number): [number, number] => {
    if (hi + 1 - lo <= MAX_TILES_ACROSS) return [lo, hi + 1];
    const mid = Math.floor((lo + hi + 1) / 2);
    return [mid - MAX_TILES_ACROSS / 2, mid + MAX_TILES_ACROSS / 2];
  };
  const [x0, x1] = span(nw.x, se.x);
  const [y0, y1] = span(nw.y, se.y);
  const tl = map.unproject([x0 * 256, y0 * 256], zoom);
  const br = map.unproject([x1 * 256, y1 * 256], zoom);
  const lat = (v: number) => Math.max(-85, Math.min(85, v)).toFixed(6);
  const lng = (v: number) => Math.max(-180, Math.min(180, v)).toFixed(6);
  return { bbox: `${lng(tl.lng)},${lat(br.lat)},${lng(br.lng)},${lat(tl.lat)}`, zoom };
}

function Clusters({
  search,
  labels,
  skip,
  onFailed,
}: {
  search: MapSearch;
  labels: MapLabels;
  skip: Set<string>;
  onFailed: (failed: boolean) => void;
}) {
  const map = useMap();
  const [features, setFeatures] = useState<TClusterFeature[]>([]);
  useEffect(() => {
    let controller: AbortController | null = null;
    let last = "";
    const load = () => {
      const { bbox, zoom } = tileBox(map);
      const url = `/api/v1/clusters?bbox=${bbox}&zoom=${zoom}${search.filters ? `&${search.filters}` : ""}`;
      if (url === last) return;
      last = url;
      controller?.abort();
      if (zoom < MIN_CLUSTER_ZOOM) return setFeatures([]);
      controller = new AbortController();
      fetch(url, { signal: controller.signal })
        .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
        .then((body: unknown) => {
          // the route's own output schema: a marker the server did not promise is never drawn
          setFeatures(ZClusterAnswer.parse(body).features);
          onFailed(false);
        })
        .catch((e: unknown) => {
          if ((e as { name?: string }).name === "AbortError") return;
          last = "";
          onFailed(true);
        });
    };
    load();
    map.on("moveend", load);
    return () => {
      map.off("moveend", load);
      controller?.abort();
    };
  }, [map, search.filters, onFailed]);

  return (
    <>
      {features.map((f) => {
        const [lng, lat] = f.geometry.coordinates;
        const p = f.properties;
        if (p.cluster) {
          const title = labels.cluster.replace("{n}", String(p.count));
          const zoomIn = () => zoomInto(map, lat, lng, p.bbox);
          // Above the list's own markers (1000), below the chosen one (2000): a count is never hidden under a marker.
          return (
            <Marker
              key={`c${lng},${lat},${p.count}`}
              position={[lat, lng]}
              zIndexOffset={1500}
              icon={clusterIcon(p.count)}
              title={title}
              alt={title}
              eventHandlers={{ click: zoomIn }}
            />
          );
        }
        if (skip.has(p.id)) return null; // drawn by the page's own layer
        return (
          <Marker
            key={p.id}
            position={[lat, lng]}
            icon={iconFor(p.type, labels.typeLetters[p.type] ?? "•", "other")}
            title={p.name}
            alt={p.name}
          >
            <Popup>
              <a href={`/locaties/${p.slug}${search.lang === "nl" ? "" : `?lang=${search.lang}`}`}>{p.name}</a>
            </Popup>
          </Marker>
        );
      })}
    </>
  );
}

const cards = () => [...document.querySelectorAll<HTMLElement>("li.card[data-id]")];

/** Below this zoom the list's own markers are clustered too where they crowd (at zoom 9, twenty places within 3 km
 *  are one blot); the chosen one is always drawn by itself. From zoom 11 a 600 px map spans ≈ 28 km: apart enough. */
const LIST_CLUSTER_BELOW_ZOOM = 11;

/** The page's own facilities, in sync with the list items that carry data-id. */
function Points({ points, labels }: { points: MapPoint[]; labels: MapLabels }) {
  const map = useMap();
  const [selected, setSelected] = useState<string | null>(null);
  const index = useMemo(() => clusterPoints(points), [points]);
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const shown =
    zoom < LIST_CLUSTER_BELOW_ZOOM
      ? index([-180, -85, 180, 85], zoom)
      : points.map((p) => ({ cluster: false as const, point: p }));
  useEffect(() => {
    const off = cards().map((card) => {
      const select = () => setSelected(card.dataset.id ?? null);
      card.addEventListener("mouseenter", select);
      card.addEventListener("focusin", select);
      return () => {
        card.removeEventListener("mouseenter", select);
        card.removeEventListener("focusin", select);
      };
    });
    return () => off.forEach((f) => f());
  }, []);
  useEffect(() => {
    for (const card of cards()) card.classList.toggle("selected", card.dataset.id === selected);
  }, [selected]);
  const choose = (id: string) => {
    setSelected(id);
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    cards()
      .find((c) => c.dataset.id === id)
      ?.scrollIntoView({ block: "nearest", behavior: reduced ? "auto" : "smooth" });
  };
  const marker = (p: MapPoint) => (
    <Marker
      key={p.id}
      position={[p.lat, p.lng]}
      zIndexOffset={p.id === selected ? 2000 : 1000}
      icon={iconFor(p.type, labels.typeLetters[p.type] ?? "•", p.id === selected ? "selected" : "result")}
      title={p.name}
      alt={p.name}
      eventHandlers={{ click: () => choose(p.id) }}
    >
      <Popup>
        <a href={p.href}>{p.name}</a>
      </Popup>
    </Marker>
  );
  const chosen = points.find((p) => p.id === selected);
  return (
    <>
      {shown.map((c) => {
        if (!c.cluster) return marker(c.point);
        const title = labels.cluster.replace("{n}", String(c.count));
        return (
          <Marker
            key={`l${c.lng},${c.lat},${c.count}`}
            position={[c.lat, c.lng]}
            zIndexOffset={1500}
            icon={clusterIcon(c.count, "bw-list-cluster")}
            title={title}
            alt={title}
            eventHandlers={{ click: () => zoomInto(map, c.lat, c.lng, c.bbox) }}
          />
        );
      })}
      {chosen && !shown.some((c) => !c.cluster && c.point.id === chosen.id) && marker(chosen)}
    </>
  );
}

/** A page's own many places without a list to sync (an organisation's 343): clustered, redrawn after every move. */
function ClusteredPoints({ points, labels }: { points: MapPoint[]; labels: MapLabels }) {
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
      {shown.map((c) => {
        if (c.cluster) {
          const title = labels.cluster.replace("{n}", String(c.count));
          return (
            <Marker
              key={`c${c.lng},${c.lat},${c.count}`}
              position={[c.lat, c.lng]}
              icon={clusterIcon(c.count)}
              title={title}
              alt={title}
              eventHandlers={{ click: () => zoomInto(map, c.lat, c.lng, c.bbox) }}
            />
          );
        }
        const p = c.point;
        return (
          <Marker
            key={p.id}
            position={[p.lat, p.lng]}
            icon={iconFor(p.type, labels.typeLetters[p.type] ?? "•", "result")}
            title={p.name}
            alt={p.name}
          >
            <Popup>
              <a href={p.href}>{p.name}</a>
            </Popup>
          </Marker>
        );
      })}
    </>
  );
}

/** One-finger dragging on or off (see the top of this file); MapContainer reads `dragging` only when it starts. */
function TouchPan({ free }: { free: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (free) map.dragging.enable();
    else map.dragging.disable();
  }, [map, free]);
  return null;
}

/** After the reader moves the map: its view into the URL, and the centre for "search this area". */
function ViewTracker({ onMoved }: { onMoved: (view: MapView) => void }) {
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
      const url = new URL(window.location.href);
      url.searchParams.set("kaart", `${view.zoom}/${view.lat}/${view.lng}`);
      url.search = url.searchParams.toString().replaceAll("%2F", "/"); // kaart=12/52.1/5.1 reads better
      window.history.replaceState(window.history.state, "", url);
      onMoved(view);
    },
  });
  return null;
}

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
  const searchHere =
    search && moved
      ? `${search.searchHere}${search.searchHere.includes("?") ? "&" : "?"}bij=${moved.lat},${moved.lng}&kaart=${moved.zoom}/${moved.lat}/${moved.lng}`
      : null;
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
          {search && <Clusters search={search} labels={labels} skip={ids} onFailed={setFailed} />}
          {/* Without a search (an organisation's or facility's page) there is no list in sync: cluster them. */}
          {search ? <Points points={points} labels={labels} /> : <ClusteredPoints points={points} labels={labels} />}
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
