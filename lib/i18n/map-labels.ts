import type { MapLabels } from "../map/types";
import type { FACILITY_TYPES } from "../schemas/common";
import type { Locale } from "./locales";
import type { ResidentT } from "./resident-translator";

// Marker letters by facility type (the shape differs too, see globals.css).
const TYPE_LETTERS = {
  buurthuis: "B",
  wijkcentrum: "W",
  dorpshuis: "D",
  buurtkamer: "K",
  kantoor: "O",
  anders: "A",
} satisfies Record<FacilityType, string>;

type FacilityType = (typeof FACILITY_TYPES)[number];

type MapText =
  | "mapShow"
  | "mapHide"
  | "mapLabel"
  | "searchHere"
  | "mapLoadFailed"
  | "mapSkip"
  | "mapMove"
  | "mapMoveHint"
  | "clusterTitle"
  | "mapLegend"
  | "mapLegendResult"
  | "mapLegendOther"
  | "mapLegendCluster";

/** The map's texts in the page's language, from the resident translator. The cluster title stays an ICU message:
 *  the map formats it per count, in the browser. */
export function mapLabels(t: ResidentT, locale: Locale): MapLabels {
  const text = (key: MapText) => (key === "clusterTitle" ? (t.raw(key) as string) : t(key));
  return {
    show: text("mapShow"),
    hide: text("mapHide"),
    region: text("mapLabel"),
    searchHere: text("searchHere"),
    loadFailed: text("mapLoadFailed"),
    skip: text("mapSkip"),
    move: text("mapMove"),
    moveHint: text("mapMoveHint"),
    cluster: text("clusterTitle"),
    locale,
    typeLetters: TYPE_LETTERS,
    typeNames: Object.fromEntries(Object.keys(TYPE_LETTERS).map((ty) => [ty, t(`types.${ty as FacilityType}`)])),
    legend: {
      title: text("mapLegend"),
      result: text("mapLegendResult"),
      other: text("mapLegendOther"),
      cluster: text("mapLegendCluster"),
    },
  };
}
