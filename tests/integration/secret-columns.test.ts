import { describe, expect, it } from "vitest";

import { getPrisma, getReadPrisma } from "@/lib/db";
import { createApiToken } from "@/lib/server/accounts/api-tokens";

import { createOrganization, createPerson, withScratchWorld } from "../factories";

// The app's Prisma client leaves secret columns out of every answer unless a query names them (issue 13): password
// hashes, API token hashes, session tokens. better-auth has a client of its own that reads them (auth.test.ts signs in
// through it).

const w = withScratchWorld("secret_columns", { asAppDatabase: true });

describe("secret columns", () => {
  it("are not in a row read without a select, on the primary and the read client", async () => {
    const org = await createOrganization(w.db);
    const admin = await createPerson(w.db, { memberOf: { [org.id]: "org_admin" } });
    await createApiToken(w.db, admin, org.id, { name: "Koppeling" });
    await w.pool.query(
      "INSERT INTO auth_account (id, account_id, provider_id, user_id, password) VALUES ($1, $1, 'credential', $1, '$argon2id$test')",
      [admin.id],
    );
    await w.pool.query(
      "INSERT INTO auth_session (id, token, user_id, expires_at) VALUES ($1, 'geheim-sessietoken', $1, now() + interval '1 day')",
      [admin.id],
    );
    for (const db of [getPrisma(), getReadPrisma()]) {
      const account = await db.account.findFirst({ where: { userId: admin.id } });
      const token = await db.apiToken.findFirst({ where: { organizationId: org.id }, include: { organization: true } });
      const session = await db.session.findFirst({ where: { userId: admin.id } });
      expect(account && "password" in account).toBe(false);
      expect(token && "tokenHash" in token).toBe(false);
      expect(token?.prefix).toMatch(/^bw_/);
      expect(session && "token" in session).toBe(false);
    }
    // Asked for by name, they are there.
    const asked = await getPrisma().account.findFirst({ where: { userId: admin.id }, omit: { password: false } });
    expect(asked?.password).toBe("$argon2id$test");
  });
});
