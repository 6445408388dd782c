import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import { AppError, forbidden, missing, unauthenticated } from "../../errors/app-error";
import type { PrismaClient } from "../../generated/prisma/client";
import { m } from "../../schemas/common";
import { createUserWithoutPassword } from "../accounts/users";

// Social workers register themselves. Someone whose mail domain is that of a member organisation (its public email
// address or website) becomes a worker at once; anyone else waits for a moderator. Workers save and name referral
// lists: service-at-location ids and a name — never anything about a client.

export const ZWorkerSignup = z
  .object({
    name: z.string().trim().min(2, m("vul uw naam in", "name is required")).max(120),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email(m("is geen e-mailadres", "is not an email address"))),
    organisation: z.string().trim().min(2, m("vul in waar u werkt", "say where you work")).max(160),
  })
  .strict();

export const ZSavedList = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, m("geef de lijst een naam (geen naam van een cliënt)", "give the list a name (not a client's)"))
      .max(80),
    services: z.array(z.uuid()).min(1, m("de lijst is leeg", "the list is empty")).max(12),
  })
  .strict();

export type SignupOutcome = "approved" | "pending" | "known";

const domainOf = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const at = s.lastIndexOf("@");
  if (at >= 0) return s.slice(at + 1).toLowerCase();
  try {
    return new URL(s).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
};

/** The member organisation whose mail domain this address has, if any (free-mail domains never match). */
export async function memberOrganisationFor(db: PrismaClient, email: string): Promise<string | null> {
  const domain = domainOf(email);
  if (
    !domain ||
    [
      "gmail.com",
      "hotmail.com",
      "outlook.com",
      "live.nl",
      "ziggo.nl",
      "kpnmail.nl",
      "yahoo.com",
      "icloud.com",
    ].includes(domain)
  )
    return null;
  const orgs = await db.organization.findMany({
    where: {
      isMember: true,
      OR: [
        { email: { endsWith: `@${domain}`, mode: "insensitive" } },
        { website: { contains: domain, mode: "insensitive" } },
      ],
    },
    select: { name: true, email: true, website: true },
  });
  return orgs.find((o) => domainOf(o.email) === domain || domainOf(o.website) === domain)?.name ?? null;
}

/** Registers a worker. "known" for an existing address (the caller answers the same either way). */
export async function registerWorker(
  db: PrismaClient,
  input: unknown,
): Promise<{ outcome: SignupOutcome; email: string }> {
  const data = ZWorkerSignup.parse(input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } }))
    return { outcome: "known", email: data.email };
  const member = await memberOrganisationFor(db, data.email);
  await db.$transaction(async (tx) => {
    const id = await createUserWithoutPassword(tx, {
      name: data.name,
      email: data.email,
      role: member ? "worker" : "user",
    });
    await tx.workerRequest.create({
      data: {
        userId: id,
        organisation: data.organisation,
        ...(member ? { status: "approved", decidedBy: `domain:${member}`, decidedAt: new Date() } : {}),
      },
    });
  });
  return { outcome: member ? "approved" : "pending", email: data.email };
}

export async function decideWorker(
  db: PrismaClient,
  actor: Actor | null,
  userId: string,
  approve: boolean,
  reason = "",
): Promise<{ email: string }> {
  if (!actor) throw unauthenticated();
  const req = isModerator(actor)
    ? await db.workerRequest.findUnique({ where: { userId }, include: { user: { select: { email: true } } } })
    : null;
  if (!req) throw missing({ nl: "Deze aanmelding", en: "This registration" });
  if (req.status !== "pending")
    throw new AppError("already_decided", {
      messages: { nl: "Over deze aanmelding is al beslist.", en: "This registration was already decided." },
    });
  await db.$transaction([
    db.workerRequest.update({
      where: { userId },
      data: {
        status: approve ? "approved" : "rejected",
        reason: reason || null,
        decidedBy: actor.id,
        decidedAt: new Date(),
      },
    }),
    ...(approve ? [db.user.update({ where: { id: userId }, data: { role: "worker" } })] : []),
  ]);
  return { email: req.user.email };
}

/**
 * Whether this address's only claim to an account is a worker registration that is not (yet) approved: such an
 * account may not choose a password or sign in. A member organisation's invitation or a site role still counts.
 */
export async function registrationUndecidedOrRejected(db: PrismaClient, email: string): Promise<boolean> {
  const n = await db.workerRequest.count({
    where: {
      status: { not: "approved" },
      user: { email: email.trim().toLowerCase(), role: "user", memberships: { none: {} } },
    },
  });
  return n > 0;
}

export const pendingWorkers = (db: PrismaClient) =>
  db.workerRequest.findMany({
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { name: true, email: true } } },
  });

/** Workers, moderators and admins keep named lists. */
export const canKeepLists = (a: Actor | null): boolean => a?.kind === "user" && (a.role === "worker" || isModerator(a));

export async function saveList(db: PrismaClient, actor: Actor | null, input: unknown): Promise<string> {
  if (!actor) throw unauthenticated();
  if (!canKeepLists(actor)) throw forbidden();
  const data = ZSavedList.parse(input);
  const found = await db.serviceAtLocation.count({ where: { id: { in: data.services } } });
  if (found !== new Set(data.services).size)
    throw new AppError("invalid", {
      messages: { nl: "Een van de diensten bestaat niet meer.", en: "services: one of these no longer exists" },
      field: "services",
    });
  const row = await db.savedList.create({ data: { userId: actor.id, name: data.name, services: data.services } });
  return row.id;
}

export async function deleteList(db: PrismaClient, actor: Actor | null, id: string): Promise<void> {
  if (!actor) throw unauthenticated();
  // Someone else's list does not exist for you.
  const { count } = z.uuid().safeParse(id).success
    ? await db.savedList.deleteMany({ where: { id, userId: actor.id } })
    : { count: 0 };
  if (count === 0) throw missing({ nl: "Deze lijst", en: "This list" });
}

export const listsOf = (db: PrismaClient, actor: Actor) =>
  db.savedList.findMany({
    where: { userId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, name: true, services: true, updatedAt: true },
  });
