import "server-only";

import { toCsv } from "../../csv";
import { translatorFor } from "../../i18n/catalogs";
import { languageName } from "../../reference/languages";
import type { TServiceResult } from "../../schemas/services";

// The CSV export of a service search, for Dutch social workers' spreadsheets: Dutch column names and Dutch values
// ("Op afspraak", not "appointment"; "Nederlands", not "nl"). By default it is what Dutch Excel opens by double-click —
// ";" between fields and a decimal comma (Excel in Dutch splits on ";" because "," is its decimal sign); `sep: ","`
// gives a plain comma-separated file with a decimal point for tools.

const nl = translatorFor("nl", "referral");

export function servicesCsv(data: TServiceResult[], sep: "," | ";" = ";"): string {
  const km = (m: number) => (m / 1000).toFixed(1).replace(".", sep === ";" ? "," : ".");
  return toCsv(
    [
      "dienst",
      "organisatie",
      "soort hulp",
      "locatie",
      "adres",
      "postcode",
      "plaats",
      "afstand (km)",
      "in werkgebied",
      "toegang",
      "kosten",
      "voor",
      "talen",
      "telefoon",
      "e-mail",
      "website",
      "laatst gecontroleerd",
      "id",
    ],
    data.map((s) => {
      const f = s.location.facility;
      return [
        s.name,
        s.organization.name,
        s.categories.map((c) => c.name).join(", "),
        f.name,
        `${f.street} ${f.house_number}${f.house_number_addition ?? ""}`,
        f.postcode,
        f.place,
        km(s.location.distance_m),
        s.in_service_area === null ? "onbekend" : s.in_service_area ? "ja" : "nee",
        s.access.map((a) => nl(`access.${a}`)).join(", "),
        nl(`cost.${s.cost}`),
        s.audiences.map((a) => a.name).join(", "),
        s.languages.map((l) => languageName(l, "nl")).join(", "),
        s.contact.phone,
        s.contact.email,
        s.contact.website,
        s.last_verified_at?.slice(0, 10) ?? "",
        s.location.service_at_location_id,
      ];
    }),
    sep,
  );
}
