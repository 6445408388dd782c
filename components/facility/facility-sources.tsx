import { useTranslations } from "next-intl";

import type { TFacilityDetail } from "@/lib/schemas/facility";

// Where the listing's data came from, credited as its licence asks (OpenStreetMap's ODbL: "© OpenStreetMap
// contributors" with a link to the licence), and whether the map's point is approximate.

const SOURCES: Record<string, { name: string; href: string }> = {
  osm: { name: "OpenStreetMap", href: "https://www.openstreetmap.org/copyright" },
  hsds: { name: "Open Referral (HSDS)", href: "https://openreferral.org" },
};
const LICENCES: Record<string, string> = {
  "ODbL-1.0": "ODbL",
  "CC-BY-4.0": "CC BY 4.0",
  "CC-BY-SA-4.0": "CC BY-SA 4.0",
};

export function FacilitySources({ f }: { f: TFacilityDetail }) {
  const t = useTranslations("resident");
  if (f.sources.length === 0 && !f.location_approximate) return null;
  return (
    <>
      <h2>{t("dataSource")}</h2>
      {f.location_approximate && <p>{t("locationApproximate")}</p>}
      {f.sources.map((s) => {
        const known = SOURCES[s.source];
        return (
          <p key={`${s.source}-${s.licence}`}>
            {t.rich("dataSourceText", {
              source: known?.name ?? s.source,
              link: (chunks) => (known ? <a href={known.href}>{chunks}</a> : chunks),
              attribution: s.attribution ?? "",
              licence: LICENCES[s.licence ?? ""] ?? s.licence ?? "",
            })}
          </p>
        );
      })}
    </>
  );
}
