import { toCsv } from "../csv";
import type { TServiceResult } from "../schemas/services";

// The CSV export of a service search (Dutch column names: the export is for Dutch social workers' spreadsheets).
export function servicesCsv(data: TServiceResult[]): string {
  return toCsv(
    ["dienst", "organisatie", "soort hulp", "locatie", "adres", "postcode", "plaats", "afstand (km)", "in werkgebied", "toegang", "kosten", "voor", "talen", "telefoon", "e-mail", "website", "laatst gecontroleerd", "id"],
    data.map((s) => {
      const f = s.location.facility;
      return [
        s.name, s.organization.name, s.categories.map((c) => c.name).join("; "), f.name,
        `${f.street} ${f.house_number}${f.house_number_addition ?? ""}`, f.postcode, f.place,
        (s.location.distance_m / 1000).toFixed(1).replace(".", ","),
        s.in_service_area === null ? "onbekend" : s.in_service_area ? "ja" : "nee",
        s.access.join("; "), s.cost, s.audiences.map((a) => a.name).join("; "), s.languages.join("; "),
        s.contact.phone, s.contact.email, s.contact.website, s.last_verified_at?.slice(0, 10) ?? "", s.location.service_at_location_id,
      ];
    }),
  );
}
