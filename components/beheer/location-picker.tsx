"use client";

import dynamic from "next/dynamic";
import { useState } from "react";

// Drag the pin to set lat/lng; the number fields stay the keyboard-friendly way to do the same.
const LocationPickerMap = dynamic(() => import("../map/location-picker-map"), {
  ssr: false,
  loading: () => <p role="status">…</p>,
});

const round = (v: number) => Math.round(v * 1e6) / 1e6;

export function LocationPicker({ lat, lng, title }: { lat: number; lng: number; title: string }) {
  const [pos, setPos] = useState({ lat, lng });
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const move = (la: number, ln: number) => {
    const next = { lat: round(la), lng: round(ln) };
    setPos(next);
    for (const [id, v] of [
      ["lat", next.lat],
      ["lng", next.lng],
    ] as const) {
      const input = document.getElementById(id) as HTMLInputElement | null;
      if (input) input.value = String(v);
    }
  };
  return <LocationPickerMap lat={pos.lat} lng={pos.lng} title={title} onMove={move} />;
}
