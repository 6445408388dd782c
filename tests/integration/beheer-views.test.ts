import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import type { UserActor } from "@/lib/auth/actor";
import { facilityQuery } from "@/lib/facility-match";
import { getDashboardView } from "@/lib/server/beheer/get-dashboard-view";
import { getFacilityEditView } from "@/lib/server/beheer/get-facility-edit-view";
import { getFacilityHistoryView } from "@/lib/server/beheer/get-facility-history-view";
import { getNewFacilityView } from "@/lib/server/beheer/get-new-facility-view";
import { getOrganizationEditView } from "@/lib/server/beheer/get-organization-edit-view";
import { getServiceEditView } from "@/lib/server/beheer/get-service-edit-view";
import { getTaxonomyEditView } from "@/lib/server/beheer/get-taxonomy-edit-view";
import { listSavedLists } from "@/lib/server/beheer/list-saved-lists";
import { EditError } from "@/lib/server/edit/errors";

import { createFacility, createOrganization, createPerson, createService, withScratchWorld } from "../factories";

// The member area's views check the acting person themselves (issue 13): a page that forgot its guard must still not
// show one organisation's listing, people or API tokens to another's editor. Own database, own rows.

const refusal = async (p: Promise<unknown>) =>
  p.then(
    () => "shown",
    (e: unknown) => (e instanceof EditError ? e.status : e),
  );

const w = withScratchWorld("beheer_views", { asAppDatabase: true });
const all = facilityQuery("");
let a: { org: string; facility: string; service: string };
let b: { org: string; facility: string; service: string };
let people: Record<"editorA" | "adminA" | "volunteerA" | "moderator" | "worker", UserActor>;

async function organisation() {
  const org = await createOrganization(w.db);
  const facility = await createFacility(w.db, { operatorId: org.id });
  const service = await createService(w.db, { organizationId: org.id, terms: ["schuldhulp"], at: [facility.id] });
  return { org: org.id, facility: facility.id, service: service.id };
}

beforeAll(async () => {
  a = await organisation();
  b = await organisation();
  people = {
    editorA: await createPerson(w.db, { memberOf: { [a.org]: "editor" } }),
    adminA: await createPerson(w.db, { memberOf: { [a.org]: "org_admin" } }),
    volunteerA: await createPerson(w.db, { delegateOf: [a.facility] }),
    moderator: await createPerson(w.db, { role: "moderator" }),
    worker: await createPerson(w.db, { role: "worker" }),
  };
});

describe("an organisation's page", () => {
  it("is its editors' and moderators', not another organisation's editor's", async () => {
    const { editorA, moderator } = people;
    const own = await getOrganizationEditView({ actor: editorA, id: a.org, filter: all });
    expect(own.facilities.map((f) => f.id)).toEqual([a.facility]);
    expect(await refusal(getOrganizationEditView({ actor: editorA, id: b.org, filter: all }))).toBe(403);
    expect(await refusal(getOrganizationEditView({ actor: null, id: a.org, filter: all }))).toBe(401);
    expect(await refusal(getOrganizationEditView({ actor: editorA, id: randomUUID(), filter: all }))).toBe(404);
    expect((await getOrganizationEditView({ actor: moderator, id: b.org, filter: all })).org.name).toBeTruthy();
  });

  it("shows API tokens and the audit log to those who manage it, the trust setting to moderators only", async () => {
    const { editorA, adminA, moderator } = people;
    const editor = await getOrganizationEditView({ actor: editorA, id: a.org, filter: all });
    expect([editor.tokens, editor.audit, editor.mayManage, editor.mayTrust]).toEqual([null, null, false, false]);
    const admin = await getOrganizationEditView({ actor: adminA, id: a.org, filter: all });
    expect([Array.isArray(admin.tokens), Array.isArray(admin.audit), admin.mayTrust]).toEqual([true, true, false]);
    expect((await getOrganizationEditView({ actor: moderator, id: a.org, filter: all })).mayTrust).toBe(true);
  });
});

describe("a facility's and a service's pages", () => {
  it("are for the facility's organisation and its volunteer, not for others", async () => {
    const { editorA, volunteerA, worker } = people;
    expect((await getFacilityEditView({ actor: editorA, id: a.facility })).facility.operatorId).toBe(a.org);
    expect((await getFacilityEditView({ actor: volunteerA, id: a.facility })).values.name).toBeTruthy();
    expect(await refusal(getFacilityEditView({ actor: editorA, id: b.facility }))).toBe(403);
    expect(await refusal(getFacilityEditView({ actor: volunteerA, id: b.facility }))).toBe(403);
    expect(await refusal(getFacilityEditView({ actor: worker, id: a.facility }))).toBe(403);
    expect(await refusal(getFacilityEditView({ actor: editorA, id: randomUUID() }))).toBe(404);
    expect((await getFacilityHistoryView({ actor: editorA, id: a.facility })).mayRevert).toBe(false);
    expect(await refusal(getFacilityHistoryView({ actor: editorA, id: b.facility }))).toBe(403);
  });

  it("a service is edited by its own organisation; proposing a facility likewise", async () => {
    const { editorA, volunteerA, moderator } = people;
    expect((await getServiceEditView({ actor: editorA, id: a.service })).own.map((f) => f.id)).toEqual([a.facility]);
    expect(await refusal(getServiceEditView({ actor: editorA, id: b.service }))).toBe(403);
    expect(await refusal(getServiceEditView({ actor: volunteerA, id: a.service }))).toBe(403);
    expect((await getServiceEditView({ actor: moderator, id: b.service })).label).toBeTruthy();
    expect((await getNewFacilityView({ actor: editorA, organizationId: a.org })).organizationName).toBeTruthy();
    expect(await refusal(getNewFacilityView({ actor: editorA, organizationId: b.org }))).toBe(403);
  });
});

describe("the other member views", () => {
  it("the dashboard holds the person's own organisations only", async () => {
    const d = await getDashboardView({ actor: people.editorA });
    expect(d.orgs.map((o) => o.id)).toEqual([a.org]);
    expect(d.queue).toBeNull();
    expect((await getDashboardView({ actor: people.volunteerA })).delegated.map((f) => f.id)).toEqual([a.facility]);
  });

  it("the taxonomy is the moderators', saved lists are the workers'", async () => {
    expect(await refusal(getTaxonomyEditView({ actor: people.adminA }))).toBe(403);
    expect((await getTaxonomyEditView({ actor: people.moderator })).length).toBeGreaterThan(10);
    expect(await refusal(listSavedLists({ actor: people.editorA }))).toBe(403);
    expect(await listSavedLists({ actor: people.worker })).toEqual([]);
  });
});
