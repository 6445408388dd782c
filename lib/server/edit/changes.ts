import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { canEditFacility, canEditOrganization, isModerator, publishesDirectly } from "../../auth/permissions";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { getGeocoder } from "../../geocoder";
import { ZNewFacility, ZTempState, type TFacilityPatch } from "../../schemas/edit";
import { requestAttachments, splitForeign } from "./consent";
import {
  diff,
  effectivePatch,
  ENTITIES,
  facilityEntity,
  type Entity,
  type EntityType,
  type Loaded,
  type Snapshot,
} from "./entities";
import { ConflictError, EditError, forbidden, missing, unauthenticated, type Change } from "./errors";

// Every change to a listing goes through here, from the forms and the API alike:
//  1. who may (lib/auth/permissions), 2. zod-parse the patch, 3. compare with the version the editor saw,
//  4. either write it at once (trusted organisation or moderator) or queue it for a moderator,
//  5. a written change bumps `version` in the same UPDATE that checks it (`WHERE version = $seen`), keeps a revision
//     (before/after) and refreshes the search index, all in one transaction — so two saves of the same version can
//     never both land, and nothing is ever written half.

/**
 * `awaitingConsent`: facilities of other organisations the service was asked to be offered at, waiting for their yes.
 * `verified`: the editor also said everything on the page is right, and the facility counts as checked now.
 */
export type Outcome = (
  | { outcome: "applied"; version: number; revisionId: string }
  | { outcome: "pending"; changeRequestId: string }
  | { outcome: "unchanged"; version: number }
) & { awaitingConsent?: string[]; verified?: boolean };

/** The key under which a revision records "checked" (not an editable field: kept out of snapshots and reverts). */
const VERIFIED = "last_verified_at";
const withoutVerified = (s: Snapshot): Snapshot =>
  Object.fromEntries(Object.entries(s).filter(([k]) => k !== VERIFIED));

/**
 * "Alles klopt nog": the one place a facility is marked as checked, for the button and for a save with "alles op
 * deze pagina klopt". Returns the before/after that the caller's revision (written last, in the same transaction)
 * records.
 */
async function markVerified(
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

const label = (a: Actor) => a.label;
const json = (v: unknown) => v as Prisma.InputJsonValue;

/** The version an editor says they saw must be a version number (a tampered form or If-Match is a 400, not a 500). */
function seen(version: number): number {
  if (!Number.isInteger(version) || version < 1 || version > 2_000_000_000) {
    throw new EditError(
      400,
      {
        nl: "Deze pagina is verouderd. Laad haar opnieuw.",
        en: "version: must be the listing's version number (from its ETag)",
      },
      "version",
    );
  }
  return version;
}

async function loadOr404(
  db: PrismaClient | Prisma.TransactionClient,
  entity: Entity<Snapshot>,
  id: string,
): Promise<Loaded> {
  const loaded = z.uuid().safeParse(id).success ? await entity.load(db, id) : null;
  if (!loaded) throw missing(entity.what);
  return loaded;
}

/** The editable fields as they were at `version`, from the revisions (null when no revision tells). */
export async function snapshotAt(
  db: PrismaClient | Prisma.TransactionClient,
  type: EntityType,
  id: string,
  version: number,
): Promise<Snapshot | null> {
  const next = await db.revision.findFirst({
    where: { entityType: type, entityId: id, version: version + 1 },
    orderBy: { id: "asc" },
  });
  if (next?.before && typeof next.before === "object") return withoutVerified(next.before as Snapshot);
  const at = await db.revision.findFirst({
    where: { entityType: type, entityId: id, version },
    orderBy: { id: "desc" },
  });
  return at ? withoutVerified(at.after as Snapshot) : null;
}

async function conflict(
  db: PrismaClient | Prisma.TransactionClient,
  entity: Entity<Snapshot>,
  id: string,
  seen: number,
): Promise<ConflictError> {
  const now = await loadOr404(db, entity, id);
  const base = await snapshotAt(db, entity.type, id, seen);
  return new ConflictError(now.version, now.snapshot, base ? diff(base, now.snapshot) : []);
}

/** Fills lat/lng and gemeente from the postcode when the address moves and no point was given. */
async function locate(patch: TFacilityPatch): Promise<TFacilityPatch> {
  if (patch.postcode === undefined || (patch.lat !== undefined && patch.lng !== undefined)) return patch;
  const pc = patch.postcode.replace(" ", "");
  const hit = await getGeocoder().postcode({ pc4: pc.slice(0, 4), pc6: pc.length === 6 ? pc : null });
  if (!hit)
    throw new EditError(
      400,
      {
        nl: "Deze postcode kennen we niet. Zet de plek met de hand op de kaart.",
        en: "Unknown postcode: give lat and lng.",
      },
      "postcode",
    );
  return {
    ...patch,
    lat: hit.lat,
    lng: hit.lng,
    ...(hit.gemeenteCode && patch.gemeente_code === undefined ? { gemeente_code: hit.gemeenteCode } : {}),
  };
}

async function extraChecks(db: PrismaClient, type: EntityType, loaded: Loaded, patch: Snapshot): Promise<void> {
  if (type === "service" && patch.location_overrides && typeof patch.location_overrides === "object") {
    const at = new Set((patch.facility_ids ?? loaded.snapshot.facility_ids ?? []) as string[]);
    if (Object.keys(patch.location_overrides).some((id) => !at.has(id))) {
      throw new EditError(
        400,
        {
          nl: "Een afwijking geldt alleen voor een locatie waar de dienst is.",
          en: "location_overrides: only for facilities in facility_ids",
        },
        "location_overrides",
      );
    }
  }
  if (type === "service" && Array.isArray(patch.facility_ids) && patch.facility_ids.length) {
    const ids = patch.facility_ids as string[];
    // A service may be offered at any facility (a spreekuur in another organisation's buurthuis), but only at ones that exist.
    const found = await db.facility.count({ where: { id: { in: ids } } });
    if (found !== ids.length)
      throw new EditError(
        400,
        {
          nl: "Een van de gekozen locaties bestaat niet (meer).",
          en: "facility_ids: one of these facilities does not exist",
        },
        "facility_ids",
      );
  }
}

// The revision is the LAST write of each transaction: its insert trigger raises the cache generation
// (cache_generation, keying cached public answers), which locks that one row until the commit. Written last, a
// transaction holding it waits for nothing else — no deadlocks, and other writers queue only for the commit itself.
export async function writeRevision(
  tx: Prisma.TransactionClient,
  r: {
    type: EntityType;
    id: string;
    version: number;
    action: string;
    actor: Actor | null;
    before: Snapshot | null;
    after: Snapshot;
    changeRequestId?: string;
  },
): Promise<string> {
  const row = await tx.revision.create({
    data: {
      entityType: r.type,
      entityId: r.id,
      version: r.version,
      action: r.action,
      actorId: r.actor?.id ?? null,
      actorLabel: r.actor ? label(r.actor) : "systeem",
      before: r.before === null ? undefined : json(r.before),
      after: json(r.after),
      changeRequestId: r.changeRequestId ?? null,
    },
  });
  return row.id.toString();
}

/** Thrown inside a write transaction to roll it back when the row moved on; turned into a ConflictError outside. */
class Stale extends Error {}

/**
 * Writes `patch` over version `seen`, with a revision; throws ConflictError when the row moved on. `first` runs
 * first in the same transaction (a moderator's approval claims its change request there, so that exactly one of
 * several concurrent approvals applies it, and a conflict leaves the request pending).
 */
export async function applyNow(
  db: PrismaClient,
  entity: Entity<Snapshot>,
  id: string,
  seen: number,
  patch: Snapshot,
  actor: Actor | null,
  action: string,
  changeRequest?: { id: string; claim: (tx: Prisma.TransactionClient) => Promise<void> },
  verifiedAt?: Date | null,
): Promise<Outcome> {
  try {
    return await db.$transaction(async (tx) => {
      await changeRequest?.claim(tx);
      const before = await entity.load(tx, id);
      if (!before) throw missing(entity.what);
      if (before.version !== seen || !(await entity.write(tx, id, seen, patch))) throw new Stale();
      const after = await entity.load(tx, id);
      if (!after) throw missing(entity.what);
      // Saved with "alles op deze pagina klopt": checked in this transaction, recorded in this same revision.
      const checked = verifiedAt && entity.type === "facility" ? await markVerified(tx, id, verifiedAt) : null;
      const revisionId = await writeRevision(tx, {
        type: entity.type,
        id,
        version: after.version,
        action,
        actor,
        changeRequestId: changeRequest?.id,
        before: { ...before.snapshot, ...checked?.before },
        after: { ...after.snapshot, ...checked?.after },
      });
      return {
        outcome: "applied" as const,
        version: after.version,
        revisionId,
        ...(checked ? { verified: true } : {}),
      };
    });
  } catch (e) {
    if (e instanceof Stale) throw await conflict(db, entity, id, seen);
    throw e;
  }
}

/**
 * Save a change made by an editor (form or API). `verified`: the editor says everything on the page is right, so the
 * facility counts as checked ("alles klopt nog") — with the change, or on its own when nothing changed. Whoever may
 * edit a facility may also say that (its volunteer too). A stale save marks nothing.
 */
export async function submitChange(
  db: PrismaClient,
  actor: Actor | null,
  type: EntityType,
  id: string,
  seenVersion: number,
  input: unknown,
  opts: { verified?: boolean; now?: Date } = {},
): Promise<Outcome> {
  if (!actor) throw unauthenticated();
  seen(seenVersion);
  const entity = ENTITIES[type] as unknown as Entity<Snapshot>;
  const loaded = await loadOr404(db, entity, id);
  if (!entity.mayEdit(actor, loaded)) throw forbidden();
  let patch = entity.schema.parse(input);
  if (type === "facility") patch = await locate(patch as TFacilityPatch);
  if (loaded.version !== seenVersion) throw await conflict(db, entity, id, seenVersion);
  const { patch: effective, foreign } = await splitForeign(db, actor, loaded, effectivePatch(loaded.snapshot, patch));
  const verifiedAt = opts.verified && type === "facility" ? (opts.now ?? new Date()) : null;
  if (Object.keys(effective).length === 0 && foreign.length === 0) {
    if (verifiedAt) await confirmCurrent(db, actor, id, verifiedAt);
    return { outcome: "unchanged", version: loaded.version, ...(verifiedAt ? { verified: true } : {}) };
  }
  await extraChecks(db, type, loaded, effective);
  const outcome =
    Object.keys(effective).length === 0
      ? null
      : await applyOrQueue(db, actor, entity, loaded, seenVersion, effective, verifiedAt);
  if (foreign.length === 0 && outcome) return outcome;
  const asked = await requestAttachments(db, actor, loaded, foreign);
  const awaitingConsent = foreign.map((f) => f.facilityId);
  return outcome
    ? { ...outcome, awaitingConsent }
    : { outcome: "pending", changeRequestId: asked[0] ?? "", awaitingConsent };
}

async function applyOrQueue(
  db: PrismaClient,
  actor: Actor,
  entity: Entity<Snapshot>,
  loaded: Loaded,
  seenVersion: number,
  effective: Snapshot,
  verifiedAt: Date | null,
): Promise<Outcome> {
  const org = loaded.organizationId
    ? await db.organization.findUnique({ where: { id: loaded.organizationId }, select: { publishesDirectly: true } })
    : null;
  if (publishesDirectly(actor, org))
    return applyNow(db, entity, loaded.id, seenVersion, effective, actor, "update", undefined, verifiedAt);
  // A change that waits for a moderator: "checked" is operational like the button and counts at once, in the same
  // transaction as the request (the moderator still sees the change).
  return db.$transaction(async (tx) => {
    const cr = await tx.changeRequest.create({
      data: {
        entityType: entity.type,
        entityId: loaded.id,
        organizationId: loaded.organizationId ?? loaded.id,
        baseVersion: seenVersion,
        patch: json(effective),
        createdById: actor.id,
        createdByLabel: label(actor),
      },
    });
    if (verifiedAt) await writeVerified(tx, actor, loaded, verifiedAt);
    return { outcome: "pending" as const, changeRequestId: cr.id, ...(verifiedAt ? { verified: true } : {}) };
  });
}

/** Marks the facility as checked with its own "verify" revision (content and version stay as they are). */
async function writeVerified(tx: Prisma.TransactionClient, actor: Actor, loaded: Loaded, now: Date): Promise<string> {
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

/** A new facility for an organisation: always waits for a moderator (created when approved). */
export async function proposeFacility(
  db: PrismaClient,
  actor: Actor | null,
  organizationId: string,
  input: unknown,
): Promise<Outcome> {
  if (!actor) throw unauthenticated();
  const org = z.uuid().safeParse(organizationId).success
    ? await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } })
    : null;
  if (!org) throw missing({ nl: "Deze organisatie", en: "This organisation" });
  if (!canEditOrganization(actor, organizationId)) throw forbidden();
  const data = await locate(ZNewFacility.parse(input));
  const cr = await db.changeRequest.create({
    data: {
      entityType: "facility",
      entityId: null,
      organizationId,
      baseVersion: null,
      patch: json(data),
      createdById: actor.id,
      createdByLabel: label(actor),
    },
  });
  return { outcome: "pending", changeRequestId: cr.id };
}

/**
 * Moderator: make the listing look as it did after revision `revisionId` ("after"), or just before it ("before": undo
 * that change). The revert is itself a new revision.
 */
export async function revertTo(
  db: PrismaClient,
  actor: Actor | null,
  revisionId: string,
  seenVersion: number,
  which: "after" | "before" = "after",
): Promise<Outcome> {
  if (!actor) throw unauthenticated();
  if (!isModerator(actor)) throw forbidden();
  seen(seenVersion);
  const rev = /^\d{1,18}$/.test(revisionId)
    ? await db.revision.findUnique({ where: { id: BigInt(revisionId) } })
    : null;
  if (!rev) throw missing({ nl: "Deze versie", en: "This revision" });
  const entity = ENTITIES[rev.entityType] as unknown as Entity<Snapshot>;
  const loaded = await loadOr404(db, entity, rev.entityId);
  if (loaded.version !== seenVersion) throw await conflict(db, entity, rev.entityId, seenVersion);
  const raw = which === "after" ? rev.after : rev.before;
  const state = raw && typeof raw === "object" && !Array.isArray(raw) ? withoutVerified(raw as Snapshot) : null;
  if (
    !state ||
    !["update", "approve", "revert", "create"].includes(rev.action) ||
    (which === "before" && rev.action === "create")
  ) {
    throw new EditError(400, {
      nl: "Deze versie kan niet worden teruggezet.",
      en: "This revision cannot be restored.",
    });
  }
  const target = entity.schema.parse(state);
  const effective = effectivePatch(loaded.snapshot, target);
  if (Object.keys(effective).length === 0) return { outcome: "unchanged", version: loaded.version };
  return applyNow(db, entity, rev.entityId, seenVersion, effective, actor, "revert");
}

/** The Amsterdam calendar date of an instant, yyyy-mm-dd. */
export const amsterdamDate = (at: Date): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(at);

/** The first instant after the Amsterdam day `date` (yyyy-mm-dd). */
export function endOfAmsterdamDay(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const next = new Date(utcMidnight.getTime() + 86400000);
  // Amsterdam is UTC+1 or +2: find the offset in force at that next midnight.
  for (const h of [2, 1]) {
    const candidate = new Date(next.getTime() - h * 3600000);
    if (amsterdamDate(candidate) !== date && amsterdamDate(new Date(candidate.getTime() - 1)) === date)
      return candidate;
  }
  return new Date(next.getTime() - 3600000);
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
  const loaded = await loadOr404(db, facilityEntity as unknown as Entity<Snapshot>, facilityId);
  if (!canEditFacility(actor, { id: loaded.id, operatorId: loaded.organizationId })) throw forbidden();
  const t = ZTempState.parse(input);
  const today = amsterdamDate(now);
  const until = t.until ?? today;
  const max = amsterdamDate(new Date(now.getTime() + 31 * 86400000));
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
      : { tempState: t.state, tempReason: t.reason, tempUntil: endOfAmsterdamDay(until) };
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
  const loaded = await loadOr404(db, facilityEntity as unknown as Entity<Snapshot>, facilityId);
  if (!canEditFacility(actor, { id: loaded.id, operatorId: loaded.organizationId })) throw forbidden();
  return db.$transaction(async (tx) => ({
    outcome: "applied" as const,
    version: loaded.version,
    revisionId: await writeVerified(tx, actor, loaded, now),
  }));
}

export type HistoryItem = {
  id: string;
  version: number;
  action: string;
  actorLabel: string;
  createdAt: Date;
  changes: Change[];
};

/** The revisions of one listing, newest first (for people who may edit it). */
export async function history(
  db: PrismaClient,
  actor: Actor | null,
  type: EntityType,
  id: string,
): Promise<HistoryItem[]> {
  if (!actor) throw unauthenticated();
  const entity = ENTITIES[type] as unknown as Entity<Snapshot>;
  const loaded = await loadOr404(db, entity, id);
  if (!entity.mayEdit(actor, loaded)) throw forbidden();
  const revs = await db.revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { id: "desc" },
    take: 200,
  });
  return revs.map((r) => ({
    id: r.id.toString(),
    version: r.version,
    action: r.action,
    actorLabel: r.actorLabel,
    createdAt: r.createdAt,
    changes: diff((r.before ?? {}) as Snapshot, r.after as Snapshot),
  }));
}
