import "server-only";

import type { Actor } from "../../auth/actor";
import { canEditFacility } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { amsterdamDate } from "../../time";
import { forbidden, missing, unauthenticated } from "../edit/errors";
import { facilityEntity } from "../edit/facility-entity";
import { FACILITY_NAMED } from "../listings/facility-named";

const asText = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/**
 * /beheer/locaties/<id>: the facility's form values, its temporary state, changes waiting and open reports — for the
 * people who may edit it (its organisation, its volunteer, moderators).
 */
export async function getFacilityEditView({
  actor,
  id,
  now = new Date(),
}: {
  actor: Actor | null;
  id: string;
  now?: Date;
}) {
  if (!actor) throw unauthenticated();
  const db = getPrisma();
  const f = await db.facility.findUnique({
    where: { id },
    select: {
      slug: true,
      ...FACILITY_NAMED,
      version: true,
      operatorId: true,
      lastVerifiedAt: true,
      tempState: true,
      tempReason: true,
      tempUntil: true,
    },
  });
  if (!f) throw missing(facilityEntity.what);
  if (!canEditFacility(actor, { id, operatorId: f.operatorId })) throw forbidden();
  const [loaded, pending, reports] = await Promise.all([
    facilityEntity.load(db, id),
    db.changeRequest.count({ where: { entityId: id, status: "pending" } }),
    db.report.findMany({ where: { facilityId: id, resolvedAt: null }, orderBy: { createdAt: "desc" }, take: 20 }),
  ]);
  const values = Object.fromEntries(Object.entries(loaded?.snapshot ?? {}).map(([k, v]) => [k, asText(v)]));
  // A temporary state counts until `tempUntil` (the first instant after its last day).
  const temp =
    f.tempState && f.tempUntil && f.tempUntil > now
      ? { state: f.tempState, lastDay: new Date(f.tempUntil.getTime() - 1), reason: f.tempReason }
      : null;
  return { facility: f, values, pending, reports, temp, today: amsterdamDate(now) };
}
