import { toCsv } from "@/lib/csv";
import { TEMPLATE_COLUMNS } from "@/lib/import/columns";

// The import template: the columns the importer reads (Dutch names; English ones are read too), with one example
// line. `;`-separated with a BOM, so Dutch Excel opens it in columns.
export const dynamic = "force-static";

const EXAMPLE: Record<string, string> = {
  extern_id: "loc-001",
  naam: "Buurthuis De Voorbeeldhof",
  soort: "buurthuis",
  straat: "Voorbeeldstraat",
  huisnummer: "12",
  toevoeging: "a",
  postcode: "3512 AB",
  plaats: "Utrecht",
  telefoon: "030 123 45 67",
  email: "info@voorbeeldhof.example",
  website: "https://voorbeeldhof.example",
  omschrijving: "Koffie, een luisterend oor en hulp bij formulieren.",
  openingstijden: "Mo-Fr 09:00-17:00",
  rolstoel: "ja",
  diensten: "inloop; formulierenhulp",
};

export function GET(): Response {
  return new Response(toCsv(TEMPLATE_COLUMNS, [TEMPLATE_COLUMNS.map((c) => EXAMPLE[c] ?? "")], ";"), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="buurtwijzer-import-sjabloon.csv"',
      "cache-control": "public, max-age=3600",
    },
  });
}
