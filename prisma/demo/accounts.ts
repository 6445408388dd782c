import type pg from "pg";

import { DEMO_EMAIL_DOMAIN } from "../../lib/auth/demo";
import { hashPassword } from "../../lib/auth/password";

// Demo accounts (README, development section). They all share one password and live under DEMO_EMAIL_DOMAIN;
// signing in with them is refused in production unless BUURTWIJZER_DEMO=1 (which `npm start` sets when it runs on
// its own embedded demo database).

export const DEMO_PASSWORD = "Buurtwijzer-demo-2026";
export const DEMO_USERS = {
  editor: { id: "demo-redacteur", name: "Rana Redacteur", email: `redacteur@${DEMO_EMAIL_DOMAIN}`, role: "user" },
  orgAdmin: { id: "demo-beheerder", name: "Bas Beheerder", email: `beheerder@${DEMO_EMAIL_DOMAIN}`, role: "user" },
  volunteer: {
    id: "demo-vrijwilliger",
    name: "Vera Vrijwilliger",
    email: `vrijwilliger@${DEMO_EMAIL_DOMAIN}`,
    role: "user",
  },
  moderator: { id: "demo-moderator", name: "Mo Moderator", email: `moderator@${DEMO_EMAIL_DOMAIN}`, role: "moderator" },
  admin: { id: "demo-admin", name: "Ada Admin", email: `admin@${DEMO_EMAIL_DOMAIN}`, role: "admin" },
} as const;

/**
 * The editor and org admin work for the organisation with the most facilities, which publishes directly; the
 * volunteer edits one dorpshuis of another organisation, whose changes wait for a moderator.
 */
export async function loadDemoAccounts(client: pg.ClientBase): Promise<void> {
  const {
    rows: [big],
  } = await client.query<{ id: string }>(
    `SELECT operator_id AS id FROM facility WHERE operator_id IS NOT NULL GROUP BY operator_id
     ORDER BY count(*) DESC, min(slug) LIMIT 1`,
  );
  if (!big) return;
  const {
    rows: [dorp],
  } = await client.query<{ id: string; operator_id: string }>(
    `SELECT id, operator_id FROM facility WHERE type = 'dorpshuis' AND operator_id IS NOT NULL AND operator_id <> $1 AND status = 'active'
     ORDER BY slug LIMIT 1`,
    [big.id],
  );
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of Object.values(DEMO_USERS)) {
    await client.query(
      `INSERT INTO app_user (id, name, email, email_verified, role) VALUES ($1, $2, $3, true, $4) ON CONFLICT (id) DO NOTHING`,
      [u.id, u.name, u.email, u.role],
    );
    await client.query(
      `INSERT INTO auth_account (id, account_id, provider_id, user_id, password) VALUES ($1, $2, 'credential', $2, $3) ON CONFLICT (id) DO NOTHING`,
      [`${u.id}-credential`, u.id, hash],
    );
  }
  await client.query("UPDATE organization SET publishes_directly = true WHERE id = $1", [big.id]);
  await client.query(
    `INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $3, 'editor'), ($2, $3, 'org_admin') ON CONFLICT DO NOTHING`,
    [DEMO_USERS.editor.id, DEMO_USERS.orgAdmin.id, big.id],
  );
  if (dorp) {
    await client.query("INSERT INTO facility_delegate (user_id, facility_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [
      DEMO_USERS.volunteer.id,
      dorp.id,
    ]);
  }
}
