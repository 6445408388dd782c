import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { forbidden, unauthenticated } from "../../errors/app-error";
import type { PrismaClient } from "../../generated/prisma/client";
import { m } from "../../schemas/common";
import { recordAudit } from "../accounts/audit";

// Moderators manage the taxonomy's wording and order: the Dutch and English names of each kind of help and audience
// and the order they are listed in. Codes stay fixed (they are in links, filters and the API), so nothing that
// points at a term breaks. Each changed term is a line in the audit log (lib/server/audit.ts) and shows on the public pages within
// a minute (labels are cached for 60 s per server).

const label = z
  .string()
  .trim()
  .min(2, m("minstens 2 tekens", "at least 2 characters"))
  .max(60, m("hoogstens 60 tekens", "at most 60 characters"));
export const ZTaxonomyEdit = z
  .array(
    z
      .object({
        code: z.string().regex(/^[a-z0-9-]{2,40}$/),
        label_nl: label,
        label_en: label,
        sort_order: z.number().int().min(0).max(999),
      })
      .strict(),
  )
  .max(200);

export async function updateTaxonomy(db: PrismaClient, actor: Actor | null, input: unknown): Promise<number> {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
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
          select: { code: true, labelNl: true, labelEn: true, sortOrder: true },
        })
      ).map((t) => [t.code, t]),
    );
    for (const r of rows) {
      const { count } = await tx.taxonomyTerm.updateMany({
        where: { code: r.code, NOT: { labelNl: r.label_nl, labelEn: r.label_en, sortOrder: r.sort_order } },
        data: { labelNl: r.label_nl, labelEn: r.label_en, sortOrder: r.sort_order, version: { increment: 1 } },
      });
      if (!count) continue;
      changed += count;
      const was = current.get(r.code);
      await recordAudit(tx, actor, {
        action: "taxonomy.update",
        subjectType: "taxonomy_term",
        subjectId: r.code,
        before: was && { label_nl: was.labelNl, label_en: was.labelEn, sort_order: was.sortOrder },
        after: { label_nl: r.label_nl, label_en: r.label_en, sort_order: r.sort_order },
      });
    }
    // Last statement: the generation row is locked only until the commit. Cached answers carry the old wording.
    if (changed) await tx.$executeRaw`SELECT bump_cache_generation()`;
  });
  return changed;
}
