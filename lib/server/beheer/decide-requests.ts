import "server-only";

import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import { acceptAttachment, refuseAttachment } from "../edit/attach-requests";
import { approveChange, rejectChange } from "../edit/decide";
import { resolveReport } from "../reports/reports";
import { updateTaxonomy } from "../taxonomy/taxonomy-admin";
import { addTerm, setTermRetired } from "../taxonomy/term-lifecycle";

// Decisions in the member area, actor-scoped: a moderator approves or rejects a change; a facility's organisation
// accepts or refuses another organisation's service there; an editor marks a report dealt with; a moderator words
// the taxonomy. Each checks the actor's rights itself and writes its revision or audit event in its transaction.

export function decideChange(opts: {
  actor: Actor | null;
  changeRequestId: string;
  approve: boolean;
  reason?: string;
}): Promise<unknown> {
  const db = getPrisma();
  return opts.approve
    ? approveChange(db, opts.actor, opts.changeRequestId)
    : rejectChange(db, opts.actor, opts.changeRequestId, { reason: opts.reason ?? "" });
}

export function decideAttachment(opts: {
  actor: Actor | null;
  changeRequestId: string;
  accept: boolean;
  reason?: string;
}): Promise<unknown> {
  const db = getPrisma();
  return opts.accept
    ? acceptAttachment(db, opts.actor, opts.changeRequestId)
    : refuseAttachment(db, opts.actor, opts.changeRequestId, { reason: opts.reason ?? "" });
}

export function markReportResolved(opts: { actor: Actor | null; reportId: string }): Promise<void> {
  return resolveReport(getPrisma(), opts.actor, opts.reportId);
}

export function saveTaxonomyWording(opts: { actor: Actor | null; rows: unknown }): Promise<number> {
  return updateTaxonomy(getPrisma(), opts.actor, opts.rows);
}

export function addTaxonomyTerm(opts: { actor: Actor | null; term: unknown }): Promise<string> {
  return addTerm(getPrisma(), opts.actor, opts.term);
}

export function retireTaxonomyTerm(opts: { actor: Actor | null; code: string; retired: boolean }): Promise<boolean> {
  return setTermRetired(getPrisma(), opts.actor, opts.code, opts.retired);
}
