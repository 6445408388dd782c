import { z } from "zod";

import { migrateDeploy, resolveDatabase } from "../lib/db/bootstrap";
import { seedIfEmpty } from "../prisma/demo/seed-if-empty";

// npm run db:seed -- [--scale N]: loads demo data into an empty database (N × 6,000 facilities).
const args = process.argv.slice(2);
const i = args.indexOf("--scale");
const scale = z.coerce
  .number()
  .int()
  .min(1)
  .max(1000)
  .safeParse(i >= 0 ? args[i + 1] : 1);
if (!scale.success) {
  console.error("--scale takes a whole number from 1 to 1000");
  process.exit(2);
}
const db = await resolveDatabase();
migrateDeploy(db.url);
await seedIfEmpty(db.url, { scale: scale.data });
await db.stop();
