import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import { w, type Issue } from "../../import/types";
import { json } from "../edit/revision-store";
import { serviceEntity } from "../edit/service-entity";
import type { ImportActor } from "./write-records";

// The table's "diensten" column: the kinds of help offered at a facility, as codes or names of our taxonomy. Each
// becomes the organisation's service of that kind (the first it has, or a new one named after the kind) offered at
// the facility — through the service's own revision, as an edit in /beheer would.

export type Term = { code: string; labelNl: string; labelEn: string };

export function termResolver(terms: Term[]) {
  const byWord = new Map<string, string>();
  for (const t of terms)
    for (const word of [t.code, t.labelNl, t.labelEn]) byWord.set(word.toLowerCase().trim(), t.code);
  return (word: string): string | null => byWord.get(word.toLowerCase().trim()) ?? null;
}

export const unknownService = (at: string, word: string): Issue => ({
  record: at,
  field: "diensten",
  message: w(
    `diensten: '${word}' kennen we niet. Gebruik een code of naam uit het sjabloon (bijvoorbeeld: schuldhulp).`,
    `diensten: '${word}' is not one of ours. Use a code or name from the template (for example: schuldhulp).`,
  ),
});

export const servicesNeedOrganization = (at: string): Issue => ({
  record: at,
  field: "diensten",
  message: w(
    "diensten: geef ook de organisatie die ze aanbiedt (kolom organisatie, of --org).",
    "diensten: name the organisation that offers them too (column organisatie, or --org).",
  ),
});

/** Offers each (organisation, code) service at the facilities listed; returns the number of new links. */
export async function offerServices(
  tx: Prisma.TransactionClient,
  actor: ImportActor,
  wanted: { organizationId: string; code: string; facilityIds: string[] }[],
  terms: Map<string, Term>,
): Promise<number> {
  let added = 0;
  for (const want of wanted) {
    const existing = await tx.service.findFirst({
      where: { organizationId: want.organizationId, terms: { some: { termCode: want.code } } },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    const before = existing ? await serviceEntity.load(tx, existing.id) : null;
    const at = new Set(before ? ((before.snapshot.facility_ids as string[] | undefined) ?? []) : []);
    const missing = want.facilityIds.filter((id) => !at.has(id));
    if (missing.length === 0) continue;
    const id =
      existing?.id ??
      (
        await tx.service.create({
          data: {
            organizationId: want.organizationId,
            name: terms.get(want.code)?.labelNl ?? want.code,
            terms: { create: [{ termCode: want.code }] },
          },
          select: { id: true },
        })
      ).id;
    await tx.serviceAtLocation.createMany({
      data: missing.map((facilityId) => ({ serviceId: id, facilityId })),
      skipDuplicates: true,
    });
    await tx.service.update({ where: { id }, data: { version: { increment: 1 } } });
    const after = await serviceEntity.load(tx, id);
    if (after)
      await tx.revision.create({
        data: {
          entityType: "service",
          entityId: id,
          version: after.version,
          action: before ? "update" : "create",
          actorId: actor.id,
          actorLabel: actor.label,
          before: before ? json(before.snapshot) : undefined,
          after: json(after.snapshot),
        },
      });
    added += missing.length;
  }
  return added;
}
