import "server-only";

import { stat } from "node:fs/promises";
import { basename } from "node:path";

import { getPrisma } from "../../db";
import { serverEnv } from "../../env/server";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { detectFormat, readHsds, readRecords } from "../../import/read-file";
import { w, type FacilityRecord, type Format, type Issue, type Report } from "../../import/types";
import { refreshSearch } from "../edit/entity";
import { importChunk, type ChunkContext } from "./import-chunk";
import { importHsds } from "./import-hsds";
import { hsdsTerms } from "./import-hsds-services";
import { EMPTY, readProblem } from "./import-problems";
import { operatorResolver, organizations, type Organizations } from "./organizations";
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
  /** an uploaded batch (/beheer) this run carries out: updated instead of a new batch written */
  batchId?: string;
};

const CHUNK = 1000;
class Rollback extends Error {}

async function* chunks(records: AsyncIterable<FacilityRecord>): AsyncGenerator<FacilityRecord[]> {
  let chunk: FacilityRecord[] = [];
  for await (const r of records) {
    chunk.push(r);
    if (chunk.length < CHUNK) continue;
    yield chunk;
    chunk = [];
  }
  if (chunk.length) yield chunk;
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
  const operatorOf = operatorResolver(orgs, warn, error);
  try {
    await db.$transaction(
      (tx) => importAll(tx, { ...opts, format }, report, { error, warn, operatorOf, terms, orgs }),
      {
        timeout: 6 * 3600_000,
        maxWait: 30_000,
      },
    );
  } catch (e) {
    if (e instanceof Rollback) return report;
    const issue = readProblem(e);
    if (!issue) throw e;
    error(issue);
  }
  return report;
}

type Shared = {
  error: (i: Issue) => void;
  warn: (i: Issue) => void;
  operatorOf: (r: FacilityRecord) => Promise<string | null>;
  terms: Term[];
  orgs: Organizations;
};

async function importAll(
  tx: Prisma.TransactionClient,
  opts: ImportOptions & { format: Format },
  report: Report,
  { error, warn, operatorOf, terms, orgs }: Shared,
): Promise<void> {
  await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 0");
  await tx.$executeRawUnsafe("SET LOCAL idle_in_transaction_session_timeout = '10min'");
  // Every query of an import is an index lookup, but the planner judges tables by statistics taken before this
  // transaction filled them: on a first import of 600k rows it kept scanning external_ref whole for each chunk.
  await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
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
  if (opts.format === "hsds") {
    await importHsds(ctx, await readHsds(opts.file), orgs.fixed?.id ?? null, await hsdsTerms(tx));
  } else {
    const records = readRecords(opts.file, opts.format, { organization: orgs.fixed?.slug ?? null, warn, error });
    for await (const chunk of chunks(records)) {
      await importChunk(ctx, chunk);
      opts.onProgress?.(report.records);
    }
  }
  if (report.records === 0 && report.totals.errors === 0) error(EMPTY);
  await refreshTouched(tx, [...ctx.touched]);
  if (report.totals.errors > 0 || opts.dryRun || report.new + report.changed === 0) throw new Rollback();
  const data = {
    organizationId: orgs.fixed?.id ?? null,
    format: opts.format,
    fileName: opts.fileName ?? basename(opts.file),
    status: "applied",
    report: { ...report, written: true, status: "applied" } as object,
    file: null,
    decidedAt: new Date(),
  };
  const batch = opts.batchId
    ? await tx.importBatch.update({ where: { id: opts.batchId }, data })
    : await tx.importBatch.create({ data: { ...data, createdById: opts.actor.id, createdByLabel: opts.actor.label } });
  Object.assign(report, { written: true, status: "applied", batchId: batch.id });
}

/** The search index for the facilities the import wrote: by id, or — when it wrote most of them (a first load) —
 *  rebuilt whole in one pass, which is several times faster than 600 calls of 1,000 ids. */
async function refreshTouched(tx: Prisma.TransactionClient, touched: string[]): Promise<void> {
  if (touched.length === 0) return;
  const [row] = await tx.$queryRawUnsafe<{ n: number }[]>("SELECT count(*)::int AS n FROM facility");
  const n = row?.n ?? 0;
  if (touched.length > 10_000 && touched.length * 2 > n) {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = on");
    await tx.$queryRawUnsafe("SELECT refresh_facility_search(NULL)");
    return;
  }
  for (let i = 0; i < touched.length; i += 10_000) await refreshSearch(tx, touched.slice(i, i + 10_000));
}
