import "server-only";

import type { Actor } from "../../auth/actor";
import { canEditFacility } from "../../auth/permissions";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { ZTempState } from "../../schemas/edit";
import { amsterdamDate, amsterdamDatePlusDays, startOfNextAmsterdamDay } from "../../time";
import type { Loaded, Snapshot } from "./entity";
import { EditError, forbidden, unauthenticated } from "./errors";
import { facilityEntity } from "./facility-entity";
import { loadOr404 } from "./load";
import type { Outcome } from "./outcome";
import { VERIFIED, writeRevision } from "./revision-store";

// The operational state of a facility, which goes live at once (no moderation) and keeps content and version as they
// are: "alles klopt nog" (checked) and "vandaag gesloten / open" (a temporary state that ends by itself).

/**
 * "Alles klopt nog": the one place a facility is marked as checked, for the button and for a save with "alles op
 * deze pagina klopt". Returns the before/after that the caller's revision (written last, in the same transaction)
 * records.
 */
export async function markVerified(
  tx: Prisma.TransactionClient,
  facilityId: string,
  now: Date,
): Promise<{ before: Snapshot; after: Snapshot }> {
  const row = await tx.facility.findUniqueOrThrow({ where: { id: facilityId }, select: { lastVerifiedAt: true } });
  await tx.facility.update({ where: { id: facilityId }, data: { lastVerifiedAt: now } });
  return {
    before: { [VERIFIED]: row.lastVerifiedAt?.toISOString() ?? null },
    after: { [VERIFIED]: now.toISOString() },
  };
}

/** Marks the facility as checked with its own "verify" revision (content and version stay as they are). */
export async function writeVerified(
  tx: Prisma.TransactionClient,
  actor: Actor,
  loaded: Loaded,
  now: Date,
): Promise<string> {
  const { before, after } = await markVerified(tx, loaded.id, now);
  return writeRevision(tx, {
    type: "facility",
    id: loaded.id,
    version: loaded.version,
    action: "verify",
    actor,
    before,
    after,
  });
}

/** "Vandaag gesloten / vandaag open": a temporary state with a reason, ending by itself after `until` (default today). */
export async function setTempState(
  db: PrismaClient,
  actor: Actor | null,
  facilityId: string,
  input: unknown,
  now = new Date(),
): Promise<Outcome> {
  if (!actor) throw unauthenticated();
  const loaded = await loadOr404(db, facilityEntity, facilityId);
  if (!canEditFacility(actor, { id: loaded.id, operatorId: loaded.organizationId })) throw forbidden();
  const t = ZTempState.parse(input);
  const today = amsterdamDate(now);
  const until = t.until ?? today;
  const max = amsterdamDatePlusDays(now, 31);
  if (until < today || until > max)
    throw new EditError(
      400,
      {
        nl: "Kies een datum van vandaag tot over hoogstens 31 dagen.",
        en: "until: from today to at most 31 days ahead",
      },
      "until",
    );
  if (t.state !== "none" && t.reason.length < 2)
    throw new EditError(
      400,
      {
        nl: "Schrijf kort waarom (bijvoorbeeld: ziekte, storing, extra open voor de kerstmarkt).",
        en: "reason: say briefly why",
      },
      "reason",
    );
  const data =
    t.state === "none"
      ? { tempState: null, tempReason: null, tempUntil: null }
      : { tempState: t.state, tempReason: t.reason, tempUntil: startOfNextAmsterdamDay(until) };
  return db.$transaction(async (tx) => {
    const before = await tx.facility.findUniqueOrThrow({
      where: { id: loaded.id },
      select: { tempState: true, tempReason: true, tempUntil: true },
    });
    await tx.facility.update({ where: { id: loaded.id }, data });
    const revisionId = await writeRevision(tx, {
      type: "facility",
      id: loaded.id,
      version: loaded.version,
      action: "temp",
      actor,
      before: {
        temp_state: before.tempState,
        temp_reason: before.tempReason,
        temp_until: before.tempUntil?.toISOString() ?? null,
      },
      after: {
        temp_state: data.tempState,
        temp_reason: data.tempReason,
        temp_until: data.tempUntil?.toISOString() ?? null,
      },
    });
    return { outcome: "applied" as const, version: loaded.version, revisionId };
  });
}

/** "Alles klopt nog": the listing was checked and is current. Content and version stay as they are. */
export async function confirmCurrent(
  db: PrismaClient,
  actor: Actor | null,
  facilityId: string,
  now = new Date(),
): Promise<Outcome> {
  if (!actor) throw unauthenticated();
  const loaded = await loadOr404(db, facilityEntity, facilityId);
  if (!canEditFacility(actor, { id: loaded.id, operatorId: loaded.organizationId })) throw forbidden();
  return db.$transaction(async (tx) => ({
    outcome: "applied" as const,
    version: loaded.version,
    revisionId: await writeVerified(tx, actor, loaded, now),
  }));
}
