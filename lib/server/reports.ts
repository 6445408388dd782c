import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { canEditFacility } from "../auth/permissions";
import { missing, unauthenticated } from "./edit/errors";
import { recordAudit } from "./audit";
import { zStorableString } from "../schemas/text";

// "Klopt er iets niet?": a note from anyone about a facility, without an account. Spam is held off without
// third-party captchas: a honeypot field people never see, a signed form time (a form sent within 3 s of being shown,
// or more than a day later, is refused), and rate limits per IP and per facility (lib/rate-limit).

export const ZReport = z.object({
  message: zStorableString().trim().min(10, "must be 10 to 2000 characters").max(2000, "must be 10 to 2000 characters"),
  contact: zStorableString().trim().max(200, "must be at most 200 characters").optional().transform((v) => v || null),
  /** the honeypot: must stay empty */
  homepage: z.string().max(0, "must be empty").optional(),
  /** the signed time the form was shown (from formToken) */
  t: z.string().max(100).optional(),
}).strict();

const MIN_MS = 3000;
const MAX_MS = 24 * 60 * 60 * 1000;
const key = () => process.env.BETTER_AUTH_SECRET ?? process.env.AUTH_SECRET ?? "buurtwijzer-development-secret-not-for-production-use";
const sign = (ms: string) => createHmac("sha256", key()).update(`report:${ms}`).digest("base64url").slice(0, 22);

/** A token for the form: when it was shown, signed. */
export const formToken = (now = Date.now()): string => `${now}.${sign(String(now))}`;

/** Whether a form token is genuine and its age plausible for a person. */
export function tokenFresh(token: string | undefined, now = Date.now()): boolean {
  const [ms, mac] = (token ?? "").split(".");
  if (!ms || !mac || !/^\d{10,16}$/.test(ms)) return false;
  const want = Buffer.from(sign(ms));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return false;
  const age = now - Number(ms);
  return age >= MIN_MS && age <= MAX_MS;
}

export async function saveReport(db: PrismaClient, facilityId: string, r: { message: string; contact: string | null }): Promise<string> {
  const row = await db.report.create({ data: { facilityId, message: r.message, contact: r.contact } });
  return row.id;
}

/** Marks a report as dealt with (who may edit the facility: its organisation, its volunteer, moderators). */
export async function resolveReport(db: PrismaClient, actor: Actor | null, reportId: string): Promise<void> {
  if (!actor) throw unauthenticated();
  const r = z.uuid().safeParse(reportId).success
    ? await db.report.findUnique({ where: { id: reportId }, select: { id: true, facility: { select: { id: true, operatorId: true } } } })
    : null;
  if (!r || !canEditFacility(actor, r.facility)) throw missing({ nl: "Deze melding", en: "This report" });
  await db.$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({ where: { id: r.id, resolvedAt: null }, data: { resolvedAt: new Date() } });
    if (count) await recordAudit(tx, actor, { action: "report.resolve", organizationId: r.facility.operatorId, subjectType: "report", subjectId: r.id, after: { facility_id: r.facility.id } });
  });
}

/** Open reports for moderators, newest first. */
export function openReports(db: PrismaClient, limit = 50) {
  return db.report.findMany({
    where: { resolvedAt: null }, orderBy: { createdAt: "desc" }, take: limit,
    select: { id: true, message: true, contact: true, createdAt: true, facility: { select: { id: true, slug: true, name: true, street: true, houseNumber: true, houseNumberAddition: true, place: true } } },
  });
}
