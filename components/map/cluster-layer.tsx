import { localeFrom, localePath } from "@/lib/i18n/locales";

import { iconFor } from "./icons";
import { ClusterMarker, PlaceMarker } from "./markers";
import type { MapLabels, MapSearch } from "./types";
import { useClusters } from "./use-clusters";

/** Every other facility matching the search, as the server's clusters for the view; `skip`: drawn by the list layer. */
export function ClusterLayer({
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
  const features = useClusters(search.filters, onFailed);
  const locale = localeFrom(search.lang);
  return (
    <>
      {features.map((f) => {
        const [lng, lat] = f.geometry.coordinates;
        const p = f.properties;
        // Above the list's own markers (1000), below the chosen one (2000): a count is never hidden under a marker.
        if (p.cluster)
          return (
            <ClusterMarker
              key={`c${lng},${lat},${p.count}`}
              lat={lat}
              lng={lng}
              count={p.count}
              bbox={p.bbox}
              labels={labels}
              zIndexOffset={1500}
            />
          );
        if (skip.has(p.id)) return null; // drawn by the page's own layer
        return (
          <PlaceMarker
            key={p.id}
            lat={lat}
            lng={lng}
            name={p.name}
            icon={iconFor(p.type, labels.typeLetters[p.type] ?? "•", "other")}
            href={localePath(locale, `/locaties/${p.slug}`)}
          />
        );
      })}
    </>
  );
}
