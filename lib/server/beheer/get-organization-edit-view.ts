import "server-only";

import type { Actor } from "../../auth/actor";
import { canEditOrganization, canManageOrganization, isModerator } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { isFiltering, matchesFacility, type FacilityQuery } from "../../facility-match";
import { listApiTokens } from "../accounts/api-tokens";
import { listAudit } from "../accounts/audit";
import { FACILITY_ROW_SELECT, facilityRows } from "../edit/dashboard";
import { forbidden, missing, unauthenticated } from "../edit/errors";
import { countFacilities } from "../listings/count-facilities";
import { FACILITY_NAMED } from "../listings/facility-named";

const NAMED = FACILITY_NAMED;

const ORGANIZATION = {
  name: true,
  description: true,
  website: true,
  email: true,
  phone: true,
  kvkNumber: true,
  version: true,
  serviceArea: true,
  publishesDirectly: true,
  members: { select: { role: true, user: { select: { id: true, name: true, email: true } } } },
} as const;

/**
 * /beheer/organisaties/<id>: the organisation's details, its facilities (narrowed by `filter`, the page's GET
 * search), its people and volunteers — for its editors and moderators; its API tokens and audit log only for those who
 * manage it (org admins, admins), its trust setting only for moderators.
 */
export async function getOrganizationEditView({
  actor,
  id,
  filter,
}: {
  actor: Actor | null;
  id: string;
  filter: FacilityQuery;
}) {
  if (!actor) throw unauthenticated();
  const db = getPrisma();
  const org = await db.organization.findUnique({ where: { id }, select: ORGANIZATION });
  if (!org) throw missing({ nl: "Deze organisatie", en: "This organisation" });
  if (!canEditOrganization(actor, id)) throw forbidden();
  const mayManage = canManageOrganization(actor, id);
  const [facilities, volunteers, counts, gemeenten, tokens, audit] = await Promise.all([
    db.facility.findMany({
      where: { operatorId: id },
      select: FACILITY_ROW_SELECT,
      orderBy: [{ name: "asc" }, { place: "asc" }, { street: "asc" }],
    }),
    db.facilityDelegate.findMany({
      where: { facility: { operatorId: id } },
      select: {
        userId: true,
        facilityId: true,
        user: { select: { name: true, email: true } },
        facility: { select: NAMED },
      },
    }),
    countFacilities(db, [id]),
    db.gemeente.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    mayManage ? listApiTokens(db, actor, id) : Promise.resolve(null),
    mayManage ? listAudit(db, id) : Promise.resolve(null),
  ]);
  // What needs attention is counted for the rows shown only (one organisation has 344 facilities).
  const found = await facilityRows(
    db,
    isFiltering(filter) ? facilities.filter((f) => matchesFacility(filter, f)) : facilities,
  );
  return {
    org,
    facilities,
    found,
    counts: counts.get(id) ?? { listed: 0, temporarilyClosed: 0, closed: 0 },
    volunteers,
    gemeenten,
    tokens,
    audit,
    mayManage,
    mayTrust: isModerator(actor),
  };
}
