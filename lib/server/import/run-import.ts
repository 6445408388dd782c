import "server-only";

import { stat } from "node:fs/promises";
import { basename } from "node:path";

import { getPrisma } from "../../db";
import { serverEnv } from "../../env/server";
import type { PrismaClient } from "../../generated/prisma/client";
import { detectFormat, readRecords, Unreadable } from "../../import/read-file";
import { w, type FacilityRecord, type Format, type Report } from "../../import/types";
import { ZipRefused } from "../../import/zip-guard";
import { refreshSearch } from "../edit/entity";
import { importChunk, type ChunkContext } from "./import-chunk";
import { issueCollector, newReport } from "./report";
import { termResolver, type Term } from "./services-at";
import type { ImportActor } from "./write-records";

// An import: the whole file in ONE transaction, so it is written whole or not at all — a file with any error, a dry
// run, a crash or a killed process leaves the database as it was. A dry run is the real run rolled back: its report
// is exactly what the import would do. Records go through in chunks, so memory stays bounded for large files.

export type ImportOptions = {
  file: string;
  fileName?: string;
  format?: Format;
  /** slug of the organisation every record belongs to */
  organization?: string | null;
  dryRun: boolean;
  actor: ImportActor;
  /** create possible duplicates anyway (after a person checked the list) */
  allowDuplicates?: boolean;
  onProgress?: (records: number) => void;
  db?: PrismaClient;
};

const CHUNK = 1000;
class Rollback extends Error {}

async function* chunks(records: AsyncIterable<FacilityRecord>): AsyncGenerator<FacilityRecord[]> {
  let chunk: FacilityRecord[] = [];
  for await (const r of records) {
    chunk.push(r);
    if (chunk.length >= CHUNK) (yield chunk, (chunk = []));
  }
  if (chunk.length) yield chunk;
}

async function organizations(db: PrismaClient, slug: string | null | undefined) {
  const all = await db.organization.findMany({ select: { id: true, slug: true, name: true } });
  const byWord = new Map(
    all.flatMap((o) => [[o.slug.toLowerCase(), o] as const, [o.name.toLowerCase().trim(), o] as const]),
  );
  return { fixed: slug ? (byWord.get(slug.toLowerCase()) ?? null) : null, byWord };
}

export async function runImport(opts: ImportOptions): Promise<Report> {
  const db = opts.db ?? getPrisma();
  const format = opts.format ?? (await detectFormat(opts.file));
  const report = newReport(format, opts.dryRun);
  const { error, warn } = issueCollector(report);
  const maxMb = serverEnv().IMPORT_MAX_MB;
  if ((await stat(opts.file)).size > maxMb * 1024 * 1024) {
    error({
      record: "file",
      field: null,
      message: w(`Het bestand is groter dan ${maxMb} MB.`, `The file is larger than ${maxMb} MB.`),
    });
    return { ...report, status: "refused" };
  }
  const orgs = await organizations(db, opts.organization);
  if (opts.organization && !orgs.fixed) {
    error({
      record: "file",
      field: "organisatie",
      message: w(
        `Organisatie '${opts.organization}' bestaat niet.`,
        `Organisation '${opts.organization}' does not exist.`,
      ),
    });
    return { ...report, status: "refused" };
  }
  const terms: Term[] = await db.taxonomyTerm.findMany({
    where: { kind: "service" },
    select: { code: true, labelNl: true, labelEn: true },
  });
  const unknownOrgs = new Set<string>();
  const operatorOf = async (r: FacilityRecord) => {
    if (orgs.fixed) return orgs.fixed.id;
    if (!r.organization) return null;
    const o = orgs.byWord.get(r.organization.toLowerCase().trim());
    if (!o && !unknownOrgs.has(r.organization)) {
      unknownOrgs.add(r.organization);
      (r.info.source === "osm" ? warn : error)({
        record: r.at,
        field: "organisatie",
        message: w(
          `Organisatie '${r.organization}' kennen we niet.`,
          `Organisation '${r.organization}' is not known here.`,
        ),
      });
    }
    return o?.id ?? null;
  };
  try {
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 0");
        await tx.$executeRawUnsafe("SET LOCAL idle_in_transaction_session_timeout = '10min'");
        const ctx: ChunkContext = {
          tx,
          report,
          actor: opts.actor,
          now: new Date(),
          error,
          warn,
          operatorOf,
          termOf: termResolver(terms),
          terms: new Map(terms.map((t) => [t.code, t])),
          seenKeys: new Map(),
          touched: new Set(),
          allowDuplicates: opts.allowDuplicates ?? false,
        };
        const records = readRecords(opts.file, format, { organization: orgs.fixed?.slug ?? null, warn, error });
        for await (const chunk of chunks(records)) {
          await importChunk(ctx, chunk);
          opts.onProgress?.(report.records);
        }
        const touched = [...ctx.touched];
        for (let i = 0; i < touched.length; i += 10_000) await refreshSearch(tx, touched.slice(i, i + 10_000));
        if (report.totals.errors > 0 || opts.dryRun || touched.length === 0) throw new Rollback();
        const batch = await tx.importBatch.create({
          data: {
            organizationId: orgs.fixed?.id ?? null,
            format,
            fileName: opts.fileName ?? basename(opts.file),
            status: "applied",
            report: { ...report, written: true, status: "applied" } as object,
            createdById: opts.actor.id,
            createdByLabel: opts.actor.label,
          },
        });
        Object.assign(report, { written: true, status: "applied", batchId: batch.id });
      },
      { timeout: 6 * 3600_000, maxWait: 30_000 },
    );
  } catch (e) {
    if (e instanceof Unreadable) error(e.issue);
    else if (e instanceof ZipRefused) error(ZIP_REFUSED);
    else if (isCsvError(e))
      error({
        record: `line ${e.lines ?? "?"}`,
        field: null,
        message: w(`Dit is geen leesbare CSV: ${e.message}`, `This is not readable CSV: ${e.message}`),
      });
    else if (!(e instanceof Rollback)) throw e;
  }
  return report;
}

const isCsvError = (e: unknown): e is { code: string; message: string; lines?: number } =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as { code?: unknown }).code === "string" &&
  (e as { code: string }).code.startsWith("CSV_");

const ZIP_REFUSED = {
  record: "file",
  field: null,
  message: w(
    "Dit zip-bestand is te groot als het wordt uitgepakt, heeft te veel onderdelen of is beschadigd.",
    "This zip file is too large when unpacked, has too many entries, or is damaged.",
  ),
};
