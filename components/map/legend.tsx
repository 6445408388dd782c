import type { MapLabels } from "./types";

// What the map's signs mean, in words next to a small copy of each sign: letter and shape per kind of place, filled
// (in the list) or outlined (other matches), and the numbered green circles. A <details> under the map, reachable by
// keyboard and read by screen readers; no Leaflet needed.
export function MapLegend({ labels }: { labels: MapLabels }) {
  const sign = (type: string, variant: "result" | "other") => (
    <span aria-hidden="true" className={`legend-sign sign-${type} sign-${variant}`}>
      <span>{labels.typeLetters[type] ?? "•"}</span>
    </span>
  );
  return (
    <details className="map-legend">
      <summary>{labels.legend.title}</summary>
      <ul>
        {Object.entries(labels.typeNames)
          .filter(([type]) => labels.typeLetters[type])
          .map(([type, name]) => (
            <li key={type}>
              {sign(type, "result")} {labels.typeLetters[type]}: {name}
            </li>
          ))}
        <li>
          {sign("buurthuis", "result")} {labels.legend.result}
        </li>
        <li>
          {sign("buurthuis", "other")} {labels.legend.other}
        </li>
        <li>
          <span aria-hidden="true" className="legend-sign sign-cluster">
            <span>12</span>
          </span>{" "}
          {labels.legend.cluster}
        </li>
      </ul>
    </details>
  );
}
