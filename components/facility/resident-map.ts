import type { useTranslations } from "next-intl";

import { localePath, type Locale } from "@/lib/i18n/locales";
import { facilityPoint } from "@/lib/map/points";
import type { MapLabels, MapPoint } from "@/lib/map/types";

// The small maps of the facility and organisation pages, in all six languages: their labels from the `resident`
// texts and markers that link to each place's page in the page's language.

type ResidentT = ReturnType<typeof useTranslations<"resident">>;

// Marker letters by facility type (the shape differs too, see globals.css), as lib/i18n/map-labels.ts has them.
const TYPE_LETTERS: Record<string, string> = {
  buurthuis: "B",
  wijkcentrum: "W",
  dorpshuis: "D",
  buurtkamer: "K",
  kantoor: "O",
  anders: "A",
};
const TYPES = ["buurthuis", "dorpshuis", "wijkcentrum", "buurtkamer", "kantoor", "anders"] as const;

// The map puts a cluster's count into "{n}" itself. The catalog's text is a plural; 11 picks the form for most
// cluster sizes in every language (Arabic, Polish and Ukrainian "many"), its digits become the placeholder again.
const SAMPLE = 11;

export function residentMapLabels(t: ResidentT): MapLabels {
  return {
    show: t("mapShow"),
    hide: t("mapHide"),
    region: t("mapLabel"),
    searchHere: t("searchHere"),
    loadFailed: t("mapLoadFailed"),
    skip: t("mapSkip"),
    move: t("mapMove"),
    moveHint: t("mapMoveHint"),
    cluster: t("clusterTitle", { n: SAMPLE }).replace(String(SAMPLE), "{n}"),
    typeLetters: TYPE_LETTERS,
    typeNames: Object.fromEntries(TYPES.map((k) => [k, t(`types.${k}`)])),
    legend: {
      title: t("mapLegend"),
      result: t("mapLegendResult"),
      other: t("mapLegendOther"),
      cluster: t("mapLegendCluster"),
    },
  };
}

type Placed = Parameters<typeof facilityPoint>[0];

/** A facility's marker, linking to its page in `locale`. */
export const residentPoint = (f: Placed, locale: Locale): MapPoint => ({
  ...facilityPoint(f, "nl"),
  href: localePath(locale, `/locaties/${f.slug}`),
});
