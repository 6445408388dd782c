import type { TFacilityDetail } from "@/lib/schemas/facility";

// schema.org's CivicStructure for search engines; "<" escaped so a name can never close the script element.
const script = (data: unknown) => (
  <script
    type="application/ld+json"
    dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replaceAll("<", "\\u003c") }}
  />
);

/** The facility, and its activities as schema.org Events with their eventSchedule (lib/activities/json-ld.ts). */
export function FacilityJsonLd({ f, events = [] }: { f: TFacilityDetail; events?: Record<string, unknown>[] }) {
  const a = f.address;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "CivicStructure",
    name: f.name,
    description: f.description,
    address: {
      "@type": "PostalAddress",
      streetAddress: `${a.street} ${a.house_number}${a.house_number_addition ?? ""}`,
      postalCode: a.postcode,
      addressLocality: a.place,
      addressCountry: "NL",
    },
    geo: { "@type": "GeoCoordinates", latitude: f.lat, longitude: f.lng },
    ...(f.phone ? { telephone: f.phone } : {}),
    ...(f.opening_hours ? { openingHours: f.opening_hours } : {}),
  };
  return (
    <>
      {script(jsonLd)}
      {events.length > 0 && script(events)}
    </>
  );
}
