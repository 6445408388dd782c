"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { MapLabels, MapPoint } from "./types";

// Pages import the map from here. Leaflet and the map code load only when the reader asks for the map; the list
// above it is the text alternative and works without JavaScript.
const FacilityMap = dynamic(() => import("./facility-map"), { ssr: false, loading: () => <p role="status">…</p> });

export function MapToggle({ points, labels }: { points: MapPoint[]; labels: MapLabels }) {
  const [shown, setShown] = useState(false);
  if (points.length === 0) return null;
  return (
    <div className="map-toggle">
      <button type="button" className="secondary" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
        {shown ? labels.hide : labels.show}
      </button>
      {shown && <FacilityMap points={points} labels={labels} />}
    </div>
  );
}

export type { MapLabels, MapPoint } from "./types";
