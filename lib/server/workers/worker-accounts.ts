import "server-only";

import type { Actor } from "../../auth/actor";
import { sendPasswordLink } from "../../auth/password-link";
import { getPrisma } from "../../db";
import { decideWorker, deleteList, registerWorker, saveList } from "./manage-workers";

// Social workers' accounts and saved lists, actor-scoped (registration is anonymous by nature). The mails that
// follow a decision go out here, so every caller sends them the same way.

/** Self-registration; an address of a member organisation is approved at once and gets its password link. */
export async function registerWorkerAccount(opts: {
  input: { name: string; email: string; organisation: string };
}): Promise<void> {
  const r = await registerWorker(getPrisma(), opts.input);
  if (r.outcome === "approved") await sendPasswordLink(r.email);
}

/** A moderator approves (and the worker gets a password link) or rejects a registration. */
export async function decideWorkerAccount(opts: {
  actor: Actor | null;
  userId: string;
  approve: boolean;
  reason: string;
}): Promise<void> {
  const r = await decideWorker(getPrisma(), opts.actor, opts.userId, opts.approve, opts.reason);
  if (opts.approve) await sendPasswordLink(r.email);
}

export function saveReferralList(opts: { actor: Actor | null; name: string; services: string[] }): Promise<string> {
  return saveList(getPrisma(), opts.actor, { name: opts.name, services: opts.services });
}

export function deleteReferralList(opts: { actor: Actor | null; listId: string }): Promise<void> {
  return deleteList(getPrisma(), opts.actor, opts.listId);
}
