import { readFileSync } from "node:fs";
import pg from "pg";

import { migrateDeploy, resolveDatabase } from "../lib/db/bootstrap";
import { applyImport, parseGeonamesPostal, planImport } from "../lib/import/geonames-postal";

// npm run geo:import -- <path/to/NL.txt> [--dry-run]
// Loads the GeoNames postal-code file into the gazetteer. All or nothing: one bad line and nothing is written.

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error(
    "usage: npm run geo:import -- <path/to/NL.txt> [--dry-run]\nDownload NL.zip from https://download.geonames.org/export/zip/ and unzip it.",
  );
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (e) {
  console.error(`Cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}

console.log(`Reading ${file} …`);
const { rows, errors } = parseGeonamesPostal(text);
if (errors.length > 0) {
  console.error(`${errors.length} line(s) cannot be read; nothing was imported:`);
  for (const e of errors.slice(0, 20)) console.error(`  line ${e.line}: ${e.message}`);
  if (errors.length > 20) console.error(`  … and ${errors.length - 20} more`);
  process.exit(1);
}
const plan = planImport(rows);
console.log(`${rows.length} rows → ${plan.postcodes.length} PC4 areas, ${plan.places.length} places.`);
if (dryRun) {
  console.log("Dry run: nothing was written.");
  process.exit(0);
}
const db = await resolveDatabase();
migrateDeploy(db.url);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
try {
  const n = await applyImport(client, plan);
  console.log(`Imported ${n.postcodes} PC4 areas and ${n.places} places.`);
} finally {
  await client.end();
  await db.stop();
}
