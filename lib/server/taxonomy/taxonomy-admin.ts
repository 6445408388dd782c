import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { forbidden, unauthenticated } from "../../errors/app-error";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { LOCALES } from "../../i18n/locales";
import { m } from "../../schemas/common";
import { recordAudit } from "../accounts/audit";
import { reloadTermLabels } from "./taxonomy-labels";

// Moderators manage the taxonomy: each term's name in every language of the site (Dutch and English required, the
// others may wait — English is shown until then), the order terms are listed in, new terms, and retiring a term that
// is no longer offered. Codes never change and are never deleted (they are in links, filters, services and the API):
// a retired term leaves the filters and forms, services keep it, and a link that asks for it is told it is gone. Each
// change is a line in the audit log and shows on the public pages within a minute (labels are cached for 60 s per
// server; on this server at once).

/** The languages whose names live in taxonomy_term.labels (Dutch and English have their own columns). */
export const OTHER_LOCALES = LOCALES.filter((l) => l !== "nl" && l !== "en");

const label = z
  .string()
  .trim()
  .min(2, m("minstens 2 tekens", "at least 2 characters"))
  .max(60, m("hoogstens 60 tekens", "at most 60 characters"));
/** A name in another language: empty (or only spaces) means none yet. */
const otherName = z
  .string()
  .trim()
  .max(60, m("hoogstens 60 tekens", "at most 60 characters"))
  .refine((v) => v === "" || v.length >= 2, m("minstens 2 tekens", "at least 2 characters"));
const names = z.partialRecord(z.enum(OTHER_LOCALES), otherName);
const code = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,39}$/,
    m("2 tot 40 kleine letters, cijfers of streepjes", "2 to 40 lower-case letters, digits or hyphens"),
  );

export const ZTaxonomyEdit = z
  .array(
    z
      .object({
        code: z.string().regex(/^[a-z0-9-]{2,40}$/),
        label_nl: label,
        label_en: label,
        names: names.optional(),
        sort_order: z.number().int().min(0).max(999),
      })
      .strict(),
  )
  .max(2000);

export const ZNewTerm = z
  .object({ code, kind: z.enum(["service", "audience"]), label_nl: label, label_en: label, names: names.optional() })
  .strict();

export function requireModerator(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
  return actor;
}

/** The names object as stored: only the languages that have one. */
export const storedNames = (given: Partial<Record<string, string>> | undefined, was: Record<string, string>) => {
  if (!given) return was;
  const out = { ...was };
  for (const [l, v] of Object.entries(given)) {
    if (v) out[l] = v;
    else delete out[l];
  }
  return out;
};
const sameNames = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

export async function bump(tx: Prisma.TransactionClient) {
  // Last statement: the generation row is locked only until the commit. Cached answers carry the old wording.
  await tx.$executeRaw`SELECT bump_cache_generation()`;
}

export async function updateTaxonomy(db: PrismaClient, actor: Actor | null, input: unknown): Promise<number> {
  const who = requireModerator(actor);
  const rows = ZTaxonomyEdit.parse(input);
  const known = new Set((await db.taxonomyTerm.findMany({ select: { code: true } })).map((t) => t.code));
  const unknown = rows.filter((r) => !known.has(r.code));
  if (unknown.length)
    throw new z.ZodError([
      {
        code: "custom",
        path: ["code"],
        message: m(`onbekende code: ${unknown[0]!.code}`, `unknown code: ${unknown[0]!.code}`),
        input: unknown[0]!.code,
      },
    ]);
  let changed = 0;
  await db.$transaction(async (tx) => {
    const current = new Map(
      (
        await tx.taxonomyTerm.findMany({
          where: { code: { in: rows.map((r) => r.code) } },
          select: { code: true, labelNl: true, labelEn: true, labels: true, sortOrder: true },
        })
      ).map((t) => [t.code, { ...t, labels: (t.labels ?? {}) as Record<string, string> }]),
    );
    for (const r of rows) {
      const was = current.get(r.code)!;
      const labels = storedNames(r.names, was.labels);
      if (
        was.labelNl === r.label_nl &&
        was.labelEn === r.label_en &&
        was.sortOrder === r.sort_order &&
        sameNames(was.labels, labels)
      )
        continue;
      await tx.taxonomyTerm.update({
        where: { code: r.code },
        data: {
          labelNl: r.label_nl,
          labelEn: r.label_en,
          labels,
          sortOrder: r.sort_order,
          version: { increment: 1 },
        },
      });
      changed += 1;
      await recordAudit(tx, who, {
        action: "taxonomy.update",
        subjectType: "taxonomy_term",
        subjectId: r.code,
        before: { label_nl: was.labelNl, label_en: was.labelEn, names: was.labels, sort_order: was.sortOrder },
        after: { label_nl: r.label_nl, label_en: r.label_en, names: labels, sort_order: r.sort_order },
      });
    }
    if (changed) await bump(tx);
  });
  if (changed) await reloadTermLabels(db);
  return changed;
}
