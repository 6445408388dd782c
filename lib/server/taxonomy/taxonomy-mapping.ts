import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { AppError, forbidden, unauthenticated } from "../../errors/app-error";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../accounts/audit";

// The mapping of other taxonomies onto ours, for imports (HSDS files name their own terms): a moderator says that a
// term — by its id, code or name in the file, any case — means one of our codes. Each change is an audit line.

const ZMapping = z.object({
  term: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .transform((v) => v.toLowerCase()),
  code: z.string().min(1),
});

function moderatorOnly(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
  return actor;
}

export async function listMappings(actor: Actor | null, db: PrismaClient = getPrisma()) {
  moderatorOnly(actor);
  return db.taxonomyMapping.findMany({ orderBy: { term: "asc" } });
}

export async function setMapping(actor: Actor | null, input: unknown, db: PrismaClient = getPrisma()): Promise<void> {
  const who = moderatorOnly(actor);
  const m = ZMapping.safeParse(input);
  const known =
    m.success && (await db.taxonomyTerm.findUnique({ where: { code: m.data.code }, select: { code: true } }));
  if (!m.success || !known)
    throw new AppError("invalid", {
      field: "mapping",
      messages: {
        nl: "Vul de term in en kies een soort hulp of doelgroep.",
        en: "Fill in the term and choose one of our terms.",
      },
    });
  await db.$transaction(async (tx) => {
    const before = await tx.taxonomyMapping.findUnique({ where: { term: m.data.term } });
    await tx.taxonomyMapping.upsert({ where: { term: m.data.term }, create: m.data, update: { code: m.data.code } });
    await recordAudit(tx, who, {
      action: "taxonomy.map",
      subjectType: "taxonomy_mapping",
      subjectId: m.data.term,
      before,
      after: m.data,
    });
  });
}

export async function removeMapping(actor: Actor | null, term: string, db: PrismaClient = getPrisma()): Promise<void> {
  const who = moderatorOnly(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.taxonomyMapping.findUnique({ where: { term } });
    if (!before) return;
    await tx.taxonomyMapping.delete({ where: { term } });
    await recordAudit(tx, who, { action: "taxonomy.unmap", subjectType: "taxonomy_mapping", subjectId: term, before });
  });
}
