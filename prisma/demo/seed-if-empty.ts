import pg from "pg";

import { loadReferenceData } from "../../lib/db/reference-data";
import { loadDemoAccounts } from "./accounts";
import { generateDemoData } from "./generate";
import { loadDemoData } from "./load";

// Reference data always; demo data only when the database holds no facility yet (first start).
export async function seedIfEmpty(url: string, opts: { demo?: boolean; scale?: number } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    // One seeder at a time when several app servers start together.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('buurtwijzer:seed'))");
    await loadReferenceData(client);
    const { rows } = await client.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM facility) AS any");
    if (opts.demo !== false && !rows[0]?.any) {
      const started = Date.now();
      const data = generateDemoData(opts.scale ?? 1);
      await loadDemoData(client, data, (m) => console.log(`[demo data] ${m}`));
      await loadDemoAccounts(client);
      console.log(`[demo data] loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // Cached answers made before this load are no longer current (reference data may have changed too).
    await client.query("SELECT bump_cache_generation()");
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
