import type L from "leaflet";
import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";

import { ZClusterAnswer, type TClusterFeature } from "@/lib/schemas/cluster-answer";

// The clusters the server computes for the map's view (GET /api/v1/clusters), fetched again after every move that
// changes the request; the request before is aborted. `onFailed(true)` when a fetch fails, (false) when one succeeds.

const MIN_CLUSTER_ZOOM = 5;
const MAX_TILES_ACROSS = 16; // the server takes at most 4096 × 4096 px

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

/** `filters`: the search's query string for the clusters route (without bbox and zoom), "" for none. */
export function useClusters(filters: string, onFailed: (failed: boolean) => void): TClusterFeature[] {
  const map = useMap();
  const [features, setFeatures] = useState<TClusterFeature[]>([]);
  useEffect(() => {
    let controller: AbortController | null = null;
    let last = "";
    const load = () => {
      const { bbox, zoom } = tileBox(map);
      const url = `/api/v1/clusters?bbox=${bbox}&zoom=${zoom}${filters ? `&${filters}` : ""}`;
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
  }, [map, filters, onFailed]);
  return features;
}
