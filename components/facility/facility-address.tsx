import { useTranslations } from "next-intl";

import { MapToggle } from "@/components/map";
import type { Locale } from "@/lib/i18n/locales";
import { mapLabels } from "@/lib/i18n/map-labels";
import { facilityPoint } from "@/lib/map/points";
import type { TFacilityDetail } from "@/lib/schemas/facility";

// Where the facility is: the address, two ways to plan a route (a phone's map app by geo:, OpenStreetMap's
// directions) and a small map with its one marker.
export function FacilityAddress({ f, locale }: { f: TFacilityDetail; locale: Locale }) {
  const t = useTranslations("resident");
  const a = f.address;
  const addressLine = `${a.street} ${a.house_number}${a.house_number_addition ?? ""}, ${a.postcode} ${a.place}`;
  return (
    <>
      <h2>{t("address")}</h2>
      <p>
        <bdi>{addressLine}</bdi>
      </p>
      <ul>
        <li>
          <a href={`geo:${f.lat},${f.lng}`}>{t("routeApp")}</a>
        </li>
        <li>
          <a href={`https://www.openstreetmap.org/directions?to=${f.lat}%2C${f.lng}`}>{t("routeMap")}</a>
        </li>
      </ul>
      <MapToggle small labels={mapLabels(t, locale)} points={[facilityPoint(f, locale)]} />
    </>
  );
}
