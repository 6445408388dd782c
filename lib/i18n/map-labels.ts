import type { MapLabels } from "../map/types";
import type { Messages } from "./messages";

// Marker letters by facility type (the shape differs too, see globals.css).
const TYPE_LETTERS: Record<string, string> = {
  buurthuis: "B",
  wijkcentrum: "W",
  dorpshuis: "D",
  buurtkamer: "K",
  kantoor: "O",
  anders: "A",
};

export const mapLabels = (t: Messages): MapLabels => ({
  show: t.mapShow,
  hide: t.mapHide,
  region: t.mapLabel,
  searchHere: t.searchHere,
  loadFailed: t.mapLoadFailed,
  skip: t.mapSkip,
  move: t.mapMove,
  moveHint: t.mapMoveHint,
  cluster: t.clusterTitle,
  typeLetters: TYPE_LETTERS,
  typeNames: t.types,
  legend: { title: t.mapLegend, result: t.mapLegendResult, other: t.mapLegendOther, cluster: t.mapLegendCluster },
});
