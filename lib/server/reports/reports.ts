import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { sessionSecret } from "../../auth/auth";
import { canEditFacility } from "../../auth/permissions";
import { missing, unauthenticated } from "../../errors/app-error";
import type { PrismaClient } from "../../generated/prisma/client";
import { zStorableString } from "../../schemas/text";
import { recordAudit } from "../accounts/audit";
import { FACILITY_NAMED } from "../listings/facility-named";

// "Klopt er iets niet?": a note from anyone about a facility, without an account. Spam is held off without
// third-party captchas: a honeypot field people never see, a signed form time, and rate limits per IP and per
// facility (lib/rate-limit: 5 an hour per address, 3 a day per address and facility, 30 a day per facility).
//
// The form time used to refuse anything sent within 3 s, and people were refused: someone who pastes a sentence and
// presses Send takes about 2 s, and the refusal wiped their text. Timing is a weak signal anyway — a bot that loads
// the form can wait 3 s as easily as 1 s; what actually bounds spam is the per-IP and per-facility quota. So:
// - a filled honeypot or a token we did not sign is refused (a person never fills a hidden field or forges a token);
// - a form sent under MIN_MS (1 s, faster than loading the page, reading the label and pasting) or after a day is
//   NOT refused: the form comes back with the text kept, a fresh token and a plain reason, and the next press passes.
//   A person loses one click at most; a naive bot that posts at once is still stopped.

export type TokenAge = "ok" | "fast" | "stale" | "forged";

export const ZReport = z
  .object({
    message: zStorableString()
      .trim()
      .min(10, "must be 10 to 2000 characters")
      .max(2000, "must be 10 to 2000 characters"),
    contact: zStorableString()
      .trim()
      .max(200, "must be at most 200 characters")
      .optional()
      .transform((v) => v || null),
    /** the honeypot: must stay empty */
    homepage: z.string().max(0, "must be empty").optional(),
    /** the signed time the form was shown (from formToken) */
    t: z.string().max(100).optional(),
  })
  .strict();

export const MIN_MS = 1000;
const MAX_MS = 24 * 60 * 60 * 1000;
// The session secret (which production refuses to run without): the built-in development one never signs here.
const key = () => sessionSecret();
const sign = (ms: string) => createHmac("sha256", key()).update(`report:${ms}`).digest("base64url").slice(0, 22);

/** A token for the form: when it was shown, signed. */
export const formToken = (now = Date.now()): string => `${now}.${sign(String(now))}`;

/** Whether a form token is one we signed, and whether its age is plausible for a person. */
export function tokenAge(token: string | undefined, now = Date.now()): TokenAge {
  const [ms, mac] = (token ?? "").split(".");
  if (!ms || !mac || !/^\d{10,16}$/.test(ms)) return "forged";
  const want = Buffer.from(sign(ms));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return "forged";
  const age = now - Number(ms);
  return age < MIN_MS ? "fast" : age > MAX_MS ? "stale" : "ok";
}

/** Whether a form token is genuine and its age plausible for a person. */
export const tokenFresh = (token: string | undefined, now = Date.now()): boolean => tokenAge(token, now) === "ok";

export async function saveReport(
  db: PrismaClient,
  facilityId: string,
  r: { message: string; contact: string | null },
): Promise<string> {
  const row = await db.report.create({ data: { facilityId, message: r.message, contact: r.contact } });
  return row.id;
}

/** Marks a report as dealt with (who may edit the facility: its organisation, its volunteer, moderators). */
export async function resolveReport(db: PrismaClient, actor: Actor | null, reportId: string): Promise<void> {
  if (!actor) throw unauthenticated();
  const r = z.uuid().safeParse(reportId).success
    ? await db.report.findUnique({
        where: { id: reportId },
        select: { id: true, facility: { select: { id: true, operatorId: true } } },
      })
    : null;
  if (!r || !canEditFacility(actor, r.facility)) throw missing({ nl: "Deze melding", en: "This report" });
  await db.$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({
      where: { id: r.id, resolvedAt: null },
      data: { resolvedAt: new Date() },
    });
    if (count)
      await recordAudit(tx, actor, {
        action: "report.resolve",
        organizationId: r.facility.operatorId,
        subjectType: "report",
        subjectId: r.id,
        after: { facility_id: r.facility.id },
      });
  });
}

/** Open reports for moderators, newest first. */
export function openReports(db: PrismaClient, limit = 50) {
  return db.report.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      message: true,
      contact: true,
      createdAt: true,
      facility: {
        select: { id: true, slug: true, ...FACILITY_NAMED },
      },
    },
  });
}
