import { readFileSync } from "node:fs";

import { buildGazetteer } from "../lib/gazetteer/build";
import { REFERENCE_DIR, writeGazetteer } from "../lib/gazetteer/shipped";

// npm run geo:build -- <NL.txt> <plaatsen_in_nederland.csv>
// Rebuilds prisma/reference/nl-*.csv.gz (the gazetteer every start loads) from GeoNames files. Fresh copies:
// NL.zip from https://download.geonames.org/export/zip/ (postcodes) and the place list built from
// https://download.geonames.org/export/dump/NL.zip (e.g. with github.com/fyris-rd/plaatsen_in_nederland).

const [postal, places] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!postal || !places) {
  console.error("usage: npm run geo:build -- <path/to/NL.txt> <path/to/plaatsen_in_nederland.csv>");
  process.exit(2);
}
let texts: [string, string];
try {
  texts = [readFileSync(postal, "utf8"), readFileSync(places, "utf8")];
} catch (e) {
  console.error(`Cannot read the input: ${(e as Error).message}`);
  process.exit(2);
}
try {
  const data = buildGazetteer(...texts);
  const sizes = writeGazetteer(data);
  const ambiguous = data.postcodes.filter((p) => p.otherGemeenteCodes.length > 0).length;
  console.log(
    `${data.postcodes.length} PC4 (${ambiguous} across a gemeente border), ${data.places.length} place names, ${data.gemeenten.length} gemeenten`,
  );
  console.log(
    `written to ${REFERENCE_DIR.pathname}: ${Object.entries(sizes)
      .map(([k, n]) => `${k} ${(n / 1024).toFixed(0)} KB`)
      .join(", ")}`,
  );
} catch (e) {
  console.error(`Cannot build the gazetteer: ${(e as Error).message}`);
  process.exit(1);
}
