import "server-only";

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { UserActor } from "../../auth/actor";
import { canManageOrganization, isModerator } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { serverEnv } from "../../env/server";
import { AppError, forbidden, missing, unauthenticated } from "../../errors/app-error";
import { FORMATS, type Format, type Report } from "../../import/types";
import { runImport } from "./run-import";

// Imports uploaded in /beheer. "Controleer" keeps the file with its batch and shows the dry run's report;
// "Importeer" carries it out when this person may publish at once (a moderator; an organisation admin of a trusted
// organisation whose file only changes existing listings), otherwise it waits for a moderator, who checks it again
// against the data as it is then and imports it or turns it down. Every step is scoped to the actor.

export type BatchView = {
  id: string;
  organization: { id: string; name: string; slug: string } | null;
  format: string;
  fileName: string;
  status: "checked" | "pending" | "applied" | "rejected";
  report: Report;
  createdByLabel: string;
  createdAt: Date;
  /** what this person may do with it now */
  may: { import: boolean; submit: boolean; reject: boolean };
};

const BATCH_SELECT = {
  id: true,
  organizationId: true,
  organization: { select: { id: true, name: true, slug: true, publishesDirectly: true } },
  format: true,
  fileName: true,
  status: true,
  report: true,
  createdById: true,
  createdByLabel: true,
  createdAt: true,
} as const;

const label = (actor: UserActor) => ({ id: actor.id, label: actor.label });

/** Runs the importer over bytes (a temporary file, removed afterwards). */
async function withFile<T>(bytes: Uint8Array, fileName: string, run: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "buurtwijzer-import-"));
  const path = join(dir, fileName.replace(/[^\w.-]+/g, "_").slice(-80) || "bestand");
  try {
    await writeFile(path, bytes);
    return await run(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function organizationsToImportInto(actor: UserActor) {
  const orgs = await getPrisma().organization.findMany({
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
  return isModerator(actor) ? orgs : orgs.filter((o) => canManageOrganization(actor, o.id));
}

/** The dry run of an uploaded file, kept as a batch; returns its id. */
export async function checkUpload(opts: {
  actor: UserActor | null;
  organizationId: string;
  fileName: string;
  bytes: Uint8Array;
  format: string;
}): Promise<string> {
  const { actor } = opts;
  if (!actor) throw unauthenticated();
  const orgs = await organizationsToImportInto(actor);
  const org = orgs.find((o) => o.id === opts.organizationId);
  if (!org)
    throw orgs.length ? new AppError("invalid", { field: "import_organisation", messages: CHOOSE_ORG }) : forbidden();
  if (opts.bytes.byteLength === 0) throw new AppError("invalid", { field: "import_file", messages: CHOOSE_FILE });
  if (opts.bytes.byteLength > serverEnv().IMPORT_MAX_MB * 1024 * 1024)
    throw new AppError("invalid", { field: "import_file", messages: tooLarge(serverEnv().IMPORT_MAX_MB) });
  const format = (FORMATS as readonly string[]).includes(opts.format) ? (opts.format as Format) : undefined;
  const report = await withFile(opts.bytes, opts.fileName, (file) =>
    runImport({ file, fileName: opts.fileName, format, organization: org.slug, dryRun: true, actor: label(actor) }),
  );
  const batch = await getPrisma().importBatch.create({
    data: {
      organizationId: org.id,
      format: report.format,
      fileName: opts.fileName,
      status: "checked",
      report: report as object,
      file: Buffer.from(opts.bytes),
      createdById: actor.id,
      createdByLabel: actor.label,
    },
  });
  return batch.id;
}

type BatchRow = NonNullable<Awaited<ReturnType<typeof loadRow>>>;
const loadRow = (id: string) =>
  /^[0-9a-f-]{36}$/i.test(id) ? getPrisma().importBatch.findUnique({ where: { id }, select: BATCH_SELECT }) : null;

function rights(actor: UserActor, b: BatchRow): BatchView["may"] {
  const moderator = isModerator(actor);
  const own = b.organizationId !== null && canManageOrganization(actor, b.organizationId);
  const report = b.report as unknown as Report;
  const importable = report.totals.errors === 0 && report.new + report.changed > 0;
  const direct = moderator || (own && !!b.organization?.publishesDirectly && report.new === 0);
  return {
    import: importable && direct && (b.status === "checked" || (moderator && b.status === "pending")),
    submit: importable && !direct && own && b.status === "checked",
    reject: moderator && b.status === "pending",
  };
}

async function batchFor(actor: UserActor | null, id: string): Promise<BatchRow> {
  if (!actor) throw unauthenticated();
  const b = await loadRow(id);
  const visible =
    b && (isModerator(actor) || (b.organizationId !== null && canManageOrganization(actor, b.organizationId)));
  if (!b || !visible) throw missing({ nl: "Deze import", en: "This import" });
  return b;
}

export async function getBatchView(opts: { actor: UserActor | null; batchId: string }): Promise<BatchView> {
  const b = await batchFor(opts.actor, opts.batchId);
  return {
    ...b,
    status: b.status as BatchView["status"],
    report: b.report as unknown as Report,
    organization: b.organization,
    may: rights(opts.actor!, b),
  };
}

/** "Importeer": carried out now, or offered to a moderator; returns what happened. */
export async function carryOut(opts: {
  actor: UserActor | null;
  batchId: string;
}): Promise<"applied" | "pending" | "errors"> {
  const b = await batchFor(opts.actor, opts.batchId);
  const actor = opts.actor!;
  const may = rights(actor, b);
  if (may.submit) {
    await getPrisma().importBatch.update({ where: { id: b.id }, data: { status: "pending" } });
    return "pending";
  }
  if (!may.import) throw forbidden();
  const file = (await getPrisma().importBatch.findUniqueOrThrow({ where: { id: b.id }, select: { file: true } })).file;
  if (!file) throw missing({ nl: "Het bestand van deze import", en: "This import's file" });
  const report = await withFile(file, b.fileName, (path) =>
    runImport({
      file: path,
      fileName: b.fileName,
      format: b.format as Format,
      organization: b.organization?.slug ?? null,
      dryRun: false,
      actor: label(actor),
      batchId: b.id,
    }),
  );
  if (report.written) return "applied";
  // The data changed since the check (or the file no longer imports): the new report is shown instead.
  await getPrisma().importBatch.update({ where: { id: b.id }, data: { report: report as object } });
  return "errors";
}

export async function rejectBatch(opts: { actor: UserActor | null; batchId: string }): Promise<void> {
  const b = await batchFor(opts.actor, opts.batchId);
  if (!rights(opts.actor!, b).reject) throw forbidden();
  await getPrisma().importBatch.update({
    where: { id: b.id },
    data: { status: "rejected", file: null, decidedAt: new Date() },
  });
}

const CHOOSE_ORG = { nl: "Kies de organisatie waarvoor u importeert.", en: "Choose the organisation you import for." };
const CHOOSE_FILE = { nl: "Kies een bestand.", en: "Choose a file." };
const tooLarge = (mb: number) => ({
  nl: `Het bestand is groter dan ${mb} MB.`,
  en: `The file is larger than ${mb} MB.`,
});
