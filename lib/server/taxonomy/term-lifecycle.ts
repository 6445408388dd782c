import "server-only";

import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors/app-error";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../accounts/audit";
import { bump, requireModerator, storedNames, ZNewTerm } from "./taxonomy-admin";
import { reloadTermLabels } from "./taxonomy-labels";

// A term's life: moderators add one (its code is then fixed for good) and retire it when it is no longer offered, or
// offer it again. Nothing is ever deleted: services, links and the search index keep their codes.

/** A new term, listed last of its kind. A code that exists (also a retired one) is refused: codes are never reused. */
export async function addTerm(db: PrismaClient, actor: Actor | null, input: unknown): Promise<string> {
  const who = requireModerator(actor);
  const t = ZNewTerm.parse(input);
  const labels = storedNames(t.names, {});
  const taken = () => new AppError("invalid", { field: "code" });
  await db
    .$transaction(async (tx) => {
      if (await tx.taxonomyTerm.findUnique({ where: { code: t.code }, select: { code: true } })) throw taken();
      const lastOfKind = await tx.taxonomyTerm.aggregate({ where: { kind: t.kind }, _max: { sortOrder: true } });
      await tx.taxonomyTerm.create({
        data: {
          code: t.code,
          kind: t.kind,
          labelNl: t.label_nl,
          labelEn: t.label_en,
          labels,
          sortOrder: Math.min(999, (lastOfKind._max.sortOrder ?? 0) + 1),
        },
      });
      await recordAudit(tx, who, {
        action: "taxonomy.add",
        subjectType: "taxonomy_term",
        subjectId: t.code,
        before: null,
        after: { kind: t.kind, label_nl: t.label_nl, label_en: t.label_en, names: labels },
      });
      await bump(tx);
    })
    // Two moderators adding the same code at once: the second's insert meets the first's row (unique violation).
    .catch((e: unknown) => {
      throw (e as { code?: unknown }).code === "P2002" ? taken() : e;
    });
  await reloadTermLabels(db);
  return t.code;
}

/** Stop offering a term (retired) or offer it again. Returns false when it already was so. */
export async function setTermRetired(
  db: PrismaClient,
  actor: Actor | null,
  termCode: string,
  retired: boolean,
): Promise<boolean> {
  const who = requireModerator(actor);
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.taxonomyTerm.updateMany({
      where: { code: termCode, retiredAt: retired ? null : { not: null } },
      data: { retiredAt: retired ? new Date() : null, version: { increment: 1 } },
    });
    if (!count) {
      if (!(await tx.taxonomyTerm.findUnique({ where: { code: termCode }, select: { code: true } })))
        throw new AppError("not_found");
      return false;
    }
    await recordAudit(tx, who, {
      action: retired ? "taxonomy.retire" : "taxonomy.restore",
      subjectType: "taxonomy_term",
      subjectId: termCode,
      before: { retired: !retired },
      after: { retired },
    });
    await bump(tx);
    return true;
  });
  if (changed) await reloadTermLabels(db);
  return changed;
}
