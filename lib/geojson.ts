// RFC 7946 output: coordinates are [lng, lat].
type WithPoint = { lat: number; lng: number };

export function featureCollection<T extends WithPoint>(items: T[], extra: Record<string, unknown> = {}) {
  return {
    type: "FeatureCollection" as const,
    features: items.map((item) => {
      const { lat, lng, ...properties } = item;
      return { type: "Feature" as const, geometry: { type: "Point" as const, coordinates: [lng, lat] }, properties };
    }),
    ...extra,
  };
}

export const wantsGeoJson = (req: Request, format: string | undefined): boolean =>
  format === "geojson" || (format === undefined && (req.headers.get("accept") ?? "").includes("application/geo+json"));
