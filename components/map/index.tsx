"use client";

import dynamic from "next/dynamic";
import { useState, useSyncExternalStore } from "react";

import { useHydrated } from "../use-hydrated";
import { MapLegend } from "./legend";
import type { MapLabels, MapPoint, MapSearch, MapView } from "./types";
import { dropMapView } from "./view-url";

// Pages import the map from here. Leaflet and the map code load only when the map is shown: on a reader's tap, on a
// link that carries a map view, or by itself on a wide screen (where it sits beside the list). The list is the text
// alternative and works without JavaScript.
const FacilityMap = dynamic(() => import("./facility-map"), { ssr: false, loading: () => <p role="status">…</p> });

export const WIDE_SCREEN = "(min-width: 64rem)";
const subscribeWide = (onChange: () => void) => {
  const mq = window.matchMedia(WIDE_SCREEN);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
};

export function MapToggle({
  points,
  labels,
  search,
  view,
  small,
  skipTo,
}: {
  points: MapPoint[];
  labels: MapLabels;
  search?: MapSearch;
  view?: MapView | null;
  small?: boolean;
  /** id of what follows the map (the list): keyboard users can skip the markers. */
  skipTo?: string;
}) {
  const wide = useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(WIDE_SCREEN).matches,
    () => false,
  );
  const [chosen, setChosen] = useState<boolean | null>(null); // the reader's own choice wins
  const shown = chosen ?? (Boolean(view) || wide);
  // Without JavaScript there is no map: no button that does nothing (the list is the map's text alternative).
  const hydrated = useHydrated();
  if (!hydrated || (points.length === 0 && !search)) return null;
  const toggle = () => {
    if (shown) {
      dropMapView();
    }
    setChosen(!shown);
  };
  return (
    <div className={small ? "map-toggle small" : "map-toggle"}>
      <button type="button" className="secondary" aria-expanded={shown} onClick={toggle}>
        {shown ? labels.hide : labels.show}
      </button>
      {shown && <FacilityMap points={points} labels={labels} search={search} view={view ?? null} skipTo={skipTo} />}
      {shown && <MapLegend labels={labels} />}
    </div>
  );
}

export type { MapLabels, MapPoint, MapSearch, MapView } from "./types";
