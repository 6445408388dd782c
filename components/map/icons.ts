import L from "leaflet";

// Marker icons, each made once and reused (a new icon object per render makes Leaflet replace the marker's element).
// divIcons with explicit classes, no image URLs (the default-icon-under-bundlers bug, Leaflet#4968). Markers differ
// by shape and letter, not by colour alone.

export type Variant = "result" | "selected" | "other";

const places = new Map<string, L.DivIcon>();
export function iconFor(type: string, letter: string, variant: Variant): L.DivIcon {
  const key = `${type}|${variant}`;
  let icon = places.get(key);
  if (!icon) {
    const size = variant === "selected" ? 40 : variant === "result" ? 32 : 24;
    icon = L.divIcon({
      className: `bw-marker bw-marker-${type} bw-${variant}`,
      html: `<span>${letter}</span>`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    places.set(key, icon);
  }
  return icon;
}

const clusters = new Map<string, L.DivIcon>();
/** A numbered circle, larger for larger counts; `extra` is a further class (the list's own clusters). */
export function clusterIcon(count: number, extra = ""): L.DivIcon {
  const key = `${count}|${extra}`;
  let icon = clusters.get(key);
  if (!icon) {
    const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52;
    icon = L.divIcon({
      className: `bw-cluster ${extra}`.trim(),
      html: `<span>${count}</span>`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    clusters.set(key, icon);
  }
  return icon;
}
