import { createReadStream } from "node:fs";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";

import { migrateDeploy, resolveDatabase } from "../lib/db/bootstrap";
import { FORMATS, type Format, type Report } from "../lib/import/types";
import { seedIfEmpty } from "../prisma/demo/seed-if-empty";

// npm run import -- <file> [--org <slug>] [--dry-run] [--json] [--format csv|xlsx|geojson|osm|hsds] [--allow-duplicates]
// Imports facilities from a file into the app's database (DATABASE_URL, else the embedded one `npm start` uses), all
// or nothing. Exit code 0: the file can be imported (and was, unless --dry-run); 1: it cannot (errors); 2: wrong use.

const USAGE =
  "usage: npm run import -- <file> [--org <slug>] [--dry-run] [--json] [--format csv|xlsx|geojson|osm|hsds] [--allow-duplicates]";

function args() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        org: { type: "string" },
        format: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        "allow-duplicates": { type: "boolean", default: false },
      },
    });
    if (positionals.length !== 1) throw new Error("give one file");
    if (values.format && !FORMATS.includes(values.format as Format)) throw new Error(`unknown format ${values.format}`);
    return { file: positionals[0]!, ...values, format: values.format as Format | undefined };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/** Lines in the file (for the progress bar's total; a CSV has about one record a line). */
async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const b of chunk as Buffer) if (b === 10) n++;
  return n;
}

function printReport(r: Report): void {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`${r.dryRun ? "Proefimport (er is niets geschreven)" : "Import"}: ${r.records} records (${r.format})`);
  out(`  nieuw ${r.new} · gewijzigd ${r.changed} · ongewijzigd ${r.unchanged} · overgeslagen ${r.skipped}`);
  for (const c of r.changes)
    out(
      `  gewijzigd ${c.record}: ${c.fields.map((f) => `${f.field} ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`).join("; ")}`,
    );
  for (const d of r.duplicates)
    out(
      `  dubbel? ${d.record} lijkt op ${d.existing.name}${d.existing.slug ? ` (/locaties/${d.existing.slug})` : ""}: ${d.why.nl}`,
    );
  for (const i of r.warnings) out(`  let op ${i.record}${i.field ? ` [${i.field}]` : ""}: ${i.message.nl}`);
  for (const i of r.errors) out(`  FOUT ${i.record}${i.field ? ` [${i.field}]` : ""}: ${i.message.nl}`);
  const more = (n: number, shown: number, what: string) => n > shown && out(`  … en nog ${n - shown} ${what}`);
  more(r.totals.errors, r.errors.length, "fouten");
  more(r.totals.warnings, r.warnings.length, "waarschuwingen");
  more(r.totals.duplicates, r.duplicates.length, "mogelijke dubbele");
  if (r.totals.errors)
    out(`${r.totals.errors} fouten: er is niets geschreven. Verbeter het bestand en probeer het opnieuw.`);
  else if (r.written) out(`Klaar: alles is geschreven (import ${r.batchId}).`);
  else if (!r.dryRun) out("Er was niets te veranderen.");
}

const opts = args();
const db = await resolveDatabase();
let code = 0;
try {
  migrateDeploy(db.url);
  await seedIfEmpty(db.url, { demo: false });
  process.env.DATABASE_URL = db.url;
  const { runImport } = await import("../lib/server/import/run-import");
  const { closeDb } = await import("../lib/db");
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: "{bar} {value}/{total} records" },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(Math.max(1, (await countLines(opts.file)) - 1), 0);
  const report = await runImport({
    file: opts.file,
    format: opts.format,
    organization: opts.org ?? null,
    dryRun: opts["dry-run"],
    allowDuplicates: opts["allow-duplicates"],
    actor: { id: null, label: "import (opdrachtregel)" },
    onProgress: (n) => (bar ? bar.update(n) : process.stderr.write(`[import] ${n} records\n`)),
  }).finally(() => bar?.stop());
  await closeDb();
  if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report);
  code = report.totals.errors > 0 ? 1 : 0;
} catch (e) {
  console.error(`De import is mislukt; er is niets geschreven. (${(e as Error).message})`);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
