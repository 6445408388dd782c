import "server-only";

import { staleListingMail } from "../../auth/mails";
import type { PrismaClient } from "../../generated/prisma/client";
import { sendMail } from "../../mail";
import { staleBefore } from "./dashboard";

// "Kloppen uw gegevens nog?": mails every organisation that has listings not checked for 12 months — to its
// admins and editors, else to its public address — at most once per REMIND_EVERY_DAYS, however often it runs. One
// run at a time (advisory lock), so a scheduler on several servers is harmless.

export const REMIND_EVERY_DAYS = 30;

export type ReminderReport = { organization: string; to: string[]; stale: number }[];

export async function remindStaleListings(
  db: PrismaClient,
  opts: { now?: Date; dryRun?: boolean; log?: (m: string) => void } = {},
): Promise<ReminderReport> {
  const now = opts.now ?? new Date();
  const log = opts.log ?? (() => {});
  const stale = staleBefore(now);
  const remindedBefore = new Date(now.getTime() - REMIND_EVERY_DAYS * 86400000);
  // A transaction-scoped lock: released when the run ends, whichever pooled connection it took.
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(hashtext('buurtwijzer:remind-stale')) AS locked`;
      if (!rows[0]?.locked) {
        log("another run is busy; nothing sent");
        return [];
      }
      const orgs = await tx.organization.findMany({
        where: {
          OR: [{ staleRemindedAt: null }, { staleRemindedAt: { lt: remindedBefore } }],
          facilities: {
            some: { status: { not: "closed" }, OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: stale } }] },
          },
        },
        select: {
          id: true,
          name: true,
          email: true,
          members: { select: { user: { select: { email: true } } } },
          facilities: {
            where: { status: { not: "closed" }, OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: stale } }] },
            select: { name: true, lastVerifiedAt: true },
            orderBy: { name: "asc" },
          },
        },
        orderBy: { name: "asc" },
      });
      const report: ReminderReport = [];
      for (const o of orgs) {
        const to = o.members.length ? [...new Set(o.members.map((m) => m.user.email))] : o.email ? [o.email] : [];
        report.push({ organization: o.name, to, stale: o.facilities.length });
        if (opts.dryRun || to.length === 0) continue;
        const mail = await staleListingMail("", o.name, o.facilities);
        for (const address of to) await sendMail({ ...mail, to: address });
        await tx.organization.update({ where: { id: o.id }, data: { staleRemindedAt: now } });
        log(`${o.name}: ${o.facilities.length} listings → ${to.join(", ")}`);
      }
      return report;
    },
    { timeout: 30 * 60_000, maxWait: 10_000 },
  );
}
