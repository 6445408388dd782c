import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApiToken, revokeApiToken } from "@/lib/server/accounts/api-tokens";
import { listAudit } from "@/lib/server/accounts/audit";
import { invite, removePerson } from "@/lib/server/accounts/members";
import { setOrganizationTrust } from "@/lib/server/accounts/set-organization-trust";
import { resolveReport, saveReport } from "@/lib/server/reports/reports";
import { updateTaxonomy } from "@/lib/server/taxonomy/taxonomy-admin";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// Security review finding 8: changes that are not listing edits (and so have no revision) each leave an audit line —
// who, when, what, before and after — written in the same transaction as the change.

let w: EditWorld;
beforeAll(async () => {
  w = await createEditWorld("audit");
}, 120_000);
afterAll(async () => {
  await w?.drop();
});

async function lastAudit(action: string) {
  return w.db.auditEvent.findFirst({ where: { action }, orderBy: { id: "desc" } });
}

describe("audit log", () => {
  it("keeps inviting and removing members and volunteers, with who did it", async () => {
    const member = await invite(w.db, w.actors.orgAdmin, w.bigOrg, {
      name: "Audit Collega",
      email: "audit-collega@example.org",
      role: "editor",
    });
    expect(await lastAudit("member.invite")).toMatchObject({
      actorId: w.actors.orgAdmin.id,
      organizationId: w.bigOrg,
      subjectId: member.userId,
      after: { email: "audit-collega@example.org", role: "editor", new_account: true },
    });
    await removePerson(w.db, w.actors.orgAdmin, w.bigOrg, member.userId);
    expect(await lastAudit("member.remove")).toMatchObject({
      actorId: w.actors.orgAdmin.id,
      subjectId: member.userId,
      before: { role: "editor" },
    });

    const vol = await invite(w.db, w.actors.orgAdmin, w.bigOrg, {
      name: "Audit Vrijwilliger",
      email: "audit-vrijwilliger@example.org",
      role: "volunteer",
      facility_id: w.bigFacility,
    });
    expect(await lastAudit("volunteer.add")).toMatchObject({
      subjectId: vol.userId,
      after: { facility_id: w.bigFacility },
    });
    await removePerson(w.db, w.actors.orgAdmin, w.bigOrg, vol.userId, w.bigFacility);
    expect(await lastAudit("volunteer.remove")).toMatchObject({
      subjectId: vol.userId,
      before: { facility_id: w.bigFacility },
    });
  });

  it("keeps API tokens made and revoked, without the secret", async () => {
    const { id, token } = await createApiToken(w.db, w.actors.orgAdmin, w.bigOrg, { name: "Audit koppeling" });
    const made = await lastAudit("token.create");
    expect(made).toMatchObject({
      actorId: w.actors.orgAdmin.id,
      organizationId: w.bigOrg,
      subjectId: id,
      after: { name: "Audit koppeling" },
    });
    expect(JSON.stringify(made, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(token);
    await revokeApiToken(w.db, w.actors.orgAdmin, id);
    await revokeApiToken(w.db, w.actors.orgAdmin, id); // again: nothing changes, no second line
    expect(await w.db.auditEvent.count({ where: { action: "token.revoke", subjectId: id } })).toBe(1);
  });

  it("keeps the trust setting, taxonomy wording and reports dealt with", async () => {
    await setOrganizationTrust(w.db, w.actors.moderator, w.otherOrg, true);
    expect(await lastAudit("organization.trust")).toMatchObject({
      actorId: w.actors.moderator.id,
      organizationId: w.otherOrg,
      before: { publishes_directly: false },
      after: { publishes_directly: true },
    });

    const term = await w.db.taxonomyTerm.findFirstOrThrow({ orderBy: { code: "asc" } });
    await updateTaxonomy(w.db, w.actors.moderator, [
      { code: term.code, label_nl: `${term.labelNl} (nieuw)`, label_en: term.labelEn, sort_order: term.sortOrder },
    ]);
    expect(await lastAudit("taxonomy.update")).toMatchObject({
      subjectId: term.code,
      before: { label_nl: term.labelNl },
      after: { label_nl: `${term.labelNl} (nieuw)` },
    });

    const reportId = await saveReport(w.db, w.bigFacility, { message: "De deur is dicht op dinsdag", contact: null });
    await resolveReport(w.db, w.actors.editor, reportId);
    expect(await lastAudit("report.resolve")).toMatchObject({
      actorId: w.actors.editor.id,
      organizationId: w.bigOrg,
      subjectId: reportId,
    });

    const lines = await listAudit(w.db, w.bigOrg);
    expect(lines.map((l) => l.action)).toEqual(
      expect.arrayContaining(["report.resolve", "token.revoke", "token.create", "member.invite"]),
    );
  });
});
