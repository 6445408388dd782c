import "server-only";

import type { Actor } from "../../auth/actor";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

// The audit log of changes that have no revision (see the audit_event migration). Every writer calls recordAudit in
// the same transaction as its change, so a change and its line land together or not at all.

export type AuditAction =
  | "organization.trust"
  | "taxonomy.update"
  | "taxonomy.add"
  | "taxonomy.retire"
  | "taxonomy.restore"
  | "taxonomy.map"
  | "taxonomy.unmap"
  | "member.invite"
  | "member.remove"
  | "volunteer.add"
  | "volunteer.remove"
  | "token.create"
  | "token.revoke"
  | "report.resolve";

export type AuditEntry = {
  action: AuditAction;
  organizationId?: string | null;
  subjectType: "organization" | "taxonomy_term" | "taxonomy_mapping" | "user" | "api_token" | "report";
  subjectId: string;
  before?: unknown;
  after?: unknown;
};

const json = (v: unknown) => (v === undefined || v === null ? undefined : (v as Prisma.InputJsonValue));

export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, e: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: e.action,
      actorId: actor.id,
      actorLabel: actor.label,
      organizationId: e.organizationId ?? null,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      before: json(e.before),
      after: json(e.after),
    },
  });
}

export type AuditLine = {
  id: string;
  action: string;
  actorLabel: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

/** An organisation's audit lines, newest first (the caller checks who may see them). */
export async function listAudit(db: PrismaClient, organizationId: string, take = 30): Promise<AuditLine[]> {
  const rows = await db.auditEvent.findMany({ where: { organizationId }, orderBy: { id: "desc" }, take });
  return rows.map((r) => ({
    id: r.id.toString(),
    action: r.action,
    actorLabel: r.actorLabel,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    before: r.before,
    after: r.after,
    createdAt: r.createdAt,
  }));
}
