// What the map needs of a facility. Coordinates as WGS84 lat/lng (Leaflet's order).
export type MapPoint = { id: string; slug: string; name: string; type: string; lat: number; lng: number; href: string };
export type MapLabels = { show: string; hide: string; typeLetters: Record<string, string> };
