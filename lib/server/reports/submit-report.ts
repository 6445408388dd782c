import "server-only";

import type { z } from "zod";

import { getPrisma } from "../../db";
import { hitReportLimits } from "../../rate-limit";
import { zSlug } from "../../schemas/organization";
import { saveReport, tokenAge, ZReport } from "./reports";

// "Klopt er iets niet?" as one use case for the facility page's form (a server action) and the API (JSON, or the
// same form posted to POST /api/v1/facilities/{slug}/reports): the same checks, in the same order, for both.

export type ReportRefusal =
  | { reason: "notFound" }
  | { reason: "invalid"; error: z.ZodError }
  /** a filled honeypot or a form token we did not sign */
  | { reason: "refused" }
  /** a form sent under a second after it was shown, or after a day: not refused, sent back once */
  | { reason: "fast" | "stale" }
  | { reason: "tooMany"; retryAfterS: number };

export type ReportOutcome = { ok: true; id: string } | ({ ok: false } & ReportRefusal);

/** `form`: the report comes from our form, which carries a signed time (`t`); API clients have none and are held by
 *  the rate limits alone. */
export async function submitReport(input: {
  slug: string;
  raw: unknown;
  ip: string;
  form: boolean;
}): Promise<ReportOutcome> {
  const prisma = getPrisma();
  const facility = zSlug.safeParse(input.slug).success
    ? await prisma.facility.findUnique({ where: { slug: input.slug }, select: { id: true } })
    : null;
  if (!facility) return { ok: false, reason: "notFound" };
  const parsed = ZReport.safeParse(input.raw);
  if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
  if (parsed.data.homepage) return { ok: false, reason: "refused" };
  if (input.form) {
    const age = tokenAge(parsed.data.t);
    if (age === "forged") return { ok: false, reason: "refused" };
    if (age !== "ok") return { ok: false, reason: age };
  }
  const limit = await hitReportLimits(input.ip, facility.id);
  if (!limit.ok) return { ok: false, reason: "tooMany", retryAfterS: limit.retryAfterS };
  return { ok: true, id: await saveReport(prisma, facility.id, parsed.data) };
}
