import "server-only";

import { AppError } from "../../errors/app-error";
import type { Prisma } from "../../generated/prisma/client";

// Deciding a change request claims it inside the deciding transaction (`UPDATE … WHERE status = 'pending'`): when
// several people decide the same request at once, the row lock lets exactly one through and the others get "already
// decided" (409) — never two new facilities, never a 500. A decision that then fails rolls its claim back.

export type Decided = { status: "approved" | "rejected"; decidedById: string | null; decidedAt: Date; reason?: string };

export const alreadyDecided = () =>
  new AppError("already_decided", {
    messages: { nl: "Over deze wijziging is al beslist.", en: "This change request was already decided." },
  });

/** Marks the request decided, if it is still pending; else throws 409 (and the transaction rolls back). */
export async function claim(tx: Prisma.TransactionClient, id: string, decided: Decided): Promise<void> {
  const { count } = await tx.changeRequest.updateMany({ where: { id, status: "pending" }, data: decided });
  if (count !== 1) throw alreadyDecided();
}
