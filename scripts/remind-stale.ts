import { closeDb, getPrisma } from "../lib/db";
import { REMIND_EVERY_DAYS, remindStaleListings } from "../lib/server/edit/reminders";

// npm run remind:stale [-- --dry-run] — for a daily scheduler (cron, a Kubernetes CronJob): mails organisations
// whose listings were not checked for 12 months. Needs DATABASE_URL; mail goes through SMTP_URL, else the outbox.

const dryRun = process.argv.includes("--dry-run");
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the app's database.");
  process.exit(2);
}
try {
  const report = await remindStaleListings(getPrisma(), { dryRun, log: (m) => console.log(`[remind] ${m}`) });
  const sent = report.filter((r) => r.to.length);
  console.log(
    `[remind] ${report.length} organisations with listings older than 12 months${dryRun ? " (dry run: nothing sent)" : `; mailed ${sent.length} (next reminder to each in ${REMIND_EVERY_DAYS} days at the earliest)`}`,
  );
  for (const r of report.filter((x) => !x.to.length)) console.log(`[remind] no address for ${r.organization}`);
} finally {
  await closeDb();
}
