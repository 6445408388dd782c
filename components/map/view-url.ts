import type { MapView } from "./types";

// The map's view in the page's URL (kaart=zoom/lat/lng), written in place (replaceState: no new history entry), so
// the view can be shared as a link; and the link that searches around a view's centre ("Zoek in dit gebied").

const kaart = (v: MapView) => `${v.zoom}/${v.lat}/${v.lng}`;

function replaceUrl(change: (params: URLSearchParams) => void, slashes = false): void {
  const url = new URL(window.location.href);
  change(url.searchParams);
  if (slashes) url.search = url.searchParams.toString().replaceAll("%2F", "/"); // kaart=12/52.1/5.1 reads better
  window.history.replaceState(window.history.state, "", url);
}

export const writeMapView = (view: MapView) => replaceUrl((p) => p.set("kaart", kaart(view)), true);

/** A hidden map has no view to share. */
export const dropMapView = () => replaceUrl((p) => p.delete("kaart"));

/** `searchHere`: the page's search link without a position; `view`: where the reader moved the map. */
export const searchHereHref = (searchHere: string, view: MapView) =>
  `${searchHere}${searchHere.includes("?") ? "&" : "?"}bij=${view.lat},${view.lng}&kaart=${kaart(view)}`;
