import { spawn } from "node:child_process";

import { migrateDeploy, resolveDatabase } from "../lib/db/bootstrap";
import { seedIfEmpty } from "../prisma/demo/seed-if-empty";

// Runs a command (e.g. `next dev`) against the app's database: DATABASE_URL when set, else the embedded
// PostgreSQL, migrated and — when empty — loaded with demo data. Stops the embedded server when the command ends.

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error("usage: tsx scripts/with-db.ts <command> [args…]");
  process.exit(2);
}

const db = await resolveDatabase();
migrateDeploy(db.url);
await seedIfEmpty(db.url);

const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: db.url }, shell: false });
const forward = (sig: NodeJS.Signals) => child.kill(sig);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", async (code, signal) => {
  await db.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
