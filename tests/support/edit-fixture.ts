import pg from "pg";
import { ReleasingPrismaPg } from "@/lib/db/prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pg-pool";
import { actorForUser, type Actor, type UserActor } from "@/lib/auth/actor";
import { DEMO_USERS } from "@/prisma/demo/accounts";
import { seedIfEmpty } from "@/prisma/demo/seed-if-empty";
import { createScratchDatabase } from "./scratch-db";

// A scratch database with the demo data and demo accounts, plus people of other organisations, for tests that edit.

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
  actors: Record<"editor" | "orgAdmin" | "volunteer" | "moderator" | "admin" | "otherEditor" | "otherVolunteer", UserActor> & { token: Actor; otherToken: Actor };
  drop: () => Promise<void>;
};

export async function createEditWorld(tag: string): Promise<EditWorld> {
  const scratch = await createScratchDatabase(tag);
  await seedIfEmpty(scratch.url);
  const pool = createPool({ connectionString: scratch.url }, 20);
  const db = new PrismaClient({ adapter: new ReleasingPrismaPg(pool) });
  const one = async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows[0] as T;
  const { organization_id: bigOrg } = await one<{ organization_id: string }>("SELECT organization_id FROM membership WHERE user_id = $1", [DEMO_USERS.editor.id]);
  const { facility_id: dorpFacility } = await one<{ facility_id: string }>("SELECT facility_id FROM facility_delegate WHERE user_id = $1", [DEMO_USERS.volunteer.id]);
  const { id: bigFacility } = await one<{ id: string }>("SELECT id FROM facility WHERE operator_id = $1 ORDER BY slug LIMIT 1", [bigOrg]);
  const { id: bigService } = await one<{ id: string }>(
    "SELECT s.id FROM service s WHERE s.organization_id = $1 AND EXISTS (SELECT 1 FROM service_at_location l WHERE l.service_id = s.id) ORDER BY s.name, s.id LIMIT 1", [bigOrg]);
  const { id: otherOrg } = await one<{ id: string }>(
    "SELECT o.id FROM organization o WHERE o.id <> $1 AND o.id <> (SELECT operator_id FROM facility WHERE id = $2) AND EXISTS (SELECT 1 FROM facility f WHERE f.operator_id = o.id) ORDER BY o.slug LIMIT 1", [bigOrg, dorpFacility]);
  const { id: otherFacility } = await one<{ id: string }>("SELECT id FROM facility WHERE operator_id = $1 ORDER BY slug LIMIT 1", [otherOrg]);
  await pool.query(`INSERT INTO app_user (id, name, email, role) VALUES ('t-other-editor', 'Other Editor', 'other@example.org', 'user'), ('t-other-vol', 'Other Volunteer', 'vol@example.org', 'user')`);
  await pool.query("INSERT INTO membership (user_id, organization_id, role) VALUES ('t-other-editor', $1, 'editor')", [otherOrg]);
  await pool.query("INSERT INTO facility_delegate (user_id, facility_id) VALUES ('t-other-vol', $1)", [otherFacility]);
  const load = async (id: string) => {
    const a = await actorForUser(db, id);
    if (!a) throw new Error(`no user ${id}`);
    return a;
  };
  const actors = {
    editor: await load(DEMO_USERS.editor.id),
    orgAdmin: await load(DEMO_USERS.orgAdmin.id),
    volunteer: await load(DEMO_USERS.volunteer.id),
    moderator: await load(DEMO_USERS.moderator.id),
    admin: await load(DEMO_USERS.admin.id),
    otherEditor: await load("t-other-editor"),
    otherVolunteer: await load("t-other-vol"),
    token: { kind: "token" as const, id: "t-token", label: "API token (big)", organizationId: bigOrg },
    otherToken: { kind: "token" as const, id: "t-token-2", label: "API token (other)", organizationId: otherOrg },
  };
  return {
    db, pool, url: scratch.url, bigOrg, otherOrg, bigFacility, dorpFacility, otherFacility, bigService, actors,
    drop: async () => {
      await db.$disconnect();
      await pool.end().catch(() => {});
      await scratch.drop();
    },
  };
}
