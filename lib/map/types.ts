import type { Locale } from "../i18n/locales";

// What the map needs. Coordinates as WGS84 lat/lng (Leaflet's order). Everything here crosses from server to client
// components, so it is plain data (no functions).
export type MapPoint = { id: string; slug: string; name: string; type: string; lat: number; lng: number; href: string };
export type MapView = { zoom: number; lat: number; lng: number };
export type MapLabels = {
  show: string;
  hide: string;
  region: string;
  searchHere: string;
  loadFailed: string;
  skip: string;
  /** the touch screen's "move the map" switch, and the line that explains one and two fingers */
  move: string;
  moveHint: string;
  /** a cluster's title as an ICU message with its count as {n} ("{n, plural, one {# plek} …}"), in `locale` */
  cluster: string;
  locale: Locale;
  typeLetters: Record<string, string>;
  /** facility type → its name, for the legend */
  typeNames: Record<string, string>;
  legend: { title: string; result: string; other: string; cluster: string };
};
/** The search the map belongs to: its filters as API parameters (for /api/v1/clusters), and the page link "search
 *  this area" starts from (the search without its position, marked as coming from the map), with the reader's
 *  language. */
export type MapSearch = { filters: string; searchHere: string; lang: string };
