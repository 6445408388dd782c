import pg from "pg";

import type { Actor, UserActor } from "@/lib/auth/actor";
import { createPool } from "@/lib/db/pg-pool";
import { ReleasingPrismaPg } from "@/lib/db/prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_USERS } from "@/prisma/demo/accounts";
import { seedIfEmpty } from "@/prisma/demo/seed-if-empty";

import { createPerson } from "../factories";
import { createScratchDatabase } from "./scratch-db";

// A scratch database with the demo data, for tests that edit. Its people are made here by the factories (unique names
// and addresses), not the fixed demo accounts, which are removed: an editor and an org admin of the organisation with
// the most facilities (which publishes directly), a volunteer of a dorpshuis of another organisation (whose changes
// wait for a moderator), a moderator, an admin, and an editor and a volunteer of a third organisation.

export type EditWorld = {
  db: PrismaClient;
  pool: pg.Pool;
  url: string;
  bigOrg: string;
  otherOrg: string;
  bigFacility: string;
  dorpFacility: string;
  otherFacility: string;
  bigService: string;
  actors: Record<
    "editor" | "orgAdmin" | "volunteer" | "moderator" | "admin" | "otherEditor" | "otherVolunteer",
    UserActor
  > & { token: Actor; otherToken: Actor };
  drop: () => Promise<void>;
};

export async function createEditWorld(tag: string): Promise<EditWorld> {
  const scratch = await createScratchDatabase(tag);
  await seedIfEmpty(scratch.url);
  const pool = createPool({ connectionString: scratch.url }, 20);
  const db = new PrismaClient({ adapter: new ReleasingPrismaPg(pool) });
  const one = async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows[0] as T;
  const { id: bigOrg } = await one<{ id: string }>(
    "SELECT operator_id AS id FROM facility WHERE operator_id IS NOT NULL GROUP BY operator_id ORDER BY count(*) DESC, min(slug) LIMIT 1",
  );
  const { id: dorpFacility } = await one<{ id: string }>(
    "SELECT id FROM facility WHERE type = 'dorpshuis' AND operator_id IS NOT NULL AND operator_id <> $1 AND status = 'active' ORDER BY slug LIMIT 1",
    [bigOrg],
  );
  await pool.query("UPDATE organization SET publishes_directly = true WHERE id = $1", [bigOrg]);
  await pool.query("DELETE FROM app_user WHERE id = ANY($1)", [Object.values(DEMO_USERS).map((u) => u.id)]);
  const { id: bigFacility } = await one<{ id: string }>(
    "SELECT id FROM facility WHERE operator_id = $1 ORDER BY slug LIMIT 1",
    [bigOrg],
  );
  const { id: bigService } = await one<{ id: string }>(
    "SELECT s.id FROM service s WHERE s.organization_id = $1 AND EXISTS (SELECT 1 FROM service_at_location l WHERE l.service_id = s.id) ORDER BY s.name, s.id LIMIT 1",
    [bigOrg],
  );
  const { id: otherOrg } = await one<{ id: string }>(
    "SELECT o.id FROM organization o WHERE o.id <> $1 AND o.id <> (SELECT operator_id FROM facility WHERE id = $2) AND EXISTS (SELECT 1 FROM facility f WHERE f.operator_id = o.id) ORDER BY o.slug LIMIT 1",
    [bigOrg, dorpFacility],
  );
  const { id: otherFacility } = await one<{ id: string }>(
    "SELECT id FROM facility WHERE operator_id = $1 ORDER BY slug LIMIT 1",
    [otherOrg],
  );
  const actors = {
    editor: await createPerson(db, { memberOf: { [bigOrg]: "editor" } }),
    orgAdmin: await createPerson(db, { memberOf: { [bigOrg]: "org_admin" } }),
    volunteer: await createPerson(db, { delegateOf: [dorpFacility] }),
    moderator: await createPerson(db, { role: "moderator" }),
    admin: await createPerson(db, { role: "admin" }),
    otherEditor: await createPerson(db, { memberOf: { [otherOrg]: "editor" } }),
    otherVolunteer: await createPerson(db, { delegateOf: [otherFacility] }),
    token: { kind: "token" as const, id: "t-token", label: "API token (big)", organizationId: bigOrg },
    otherToken: { kind: "token" as const, id: "t-token-2", label: "API token (other)", organizationId: otherOrg },
  };
  return {
    db,
    pool,
    url: scratch.url,
    bigOrg,
    otherOrg,
    bigFacility,
    dorpFacility,
    otherFacility,
    bigService,
    actors,
    drop: async () => {
      await db.$disconnect();
      await pool.end().catch(() => {});
      await scratch.drop();
    },
  };
}
