import "server-only";

import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import { forbidden, missing, unauthenticated } from "../edit/errors";
import { serviceEntity } from "../edit/service-entity";

const FACILITY_CHOICE = {
  id: true,
  name: true,
  type: true,
  street: true,
  houseNumber: true,
  houseNumberAddition: true,
  postcode: true,
  place: true,
} as const;

type Override = { note: string | null; opening_hours: string | null };

/** The service's snapshot as form values: lists comma-separated, each location's note and hours as `note:<id>`. */
function formValues(snapshot: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(
    Object.entries(snapshot)
      .filter(([k]) => k !== "location_overrides")
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v === null || v === undefined ? "" : String(v)]),
  );
  for (const [fid, o] of Object.entries((snapshot.location_overrides ?? {}) as Record<string, Override>)) {
    values[`note:${fid}`] = o.note ?? "";
    values[`hours:${fid}`] = o.opening_hours ?? "";
  }
  return values;
}

/**
 * /beheer/diensten/<id>: the service's form values, the facilities it may be offered at (its organisation's own, and
 * others' where it already is) and the taxonomy in the moderators' wording — for its organisation and moderators.
 */
export async function getServiceEditView({ actor, id }: { actor: Actor | null; id: string }) {
  if (!actor) throw unauthenticated();
  const db = getPrisma();
  const s = await serviceEntity.load(db, id);
  if (!s) throw missing(serviceEntity.what);
  if (!serviceEntity.mayEdit(actor, s)) throw forbidden();
  const [own, others, terms] = await Promise.all([
    db.facility.findMany({
      where: { operatorId: s.organizationId },
      select: FACILITY_CHOICE,
      orderBy: [{ name: "asc" }, { place: "asc" }, { street: "asc" }],
    }),
    db.facility.findMany({
      where: { id: { in: s.facilityIds }, NOT: { operatorId: s.organizationId } },
      select: FACILITY_CHOICE,
    }),
    db.taxonomyTerm.findMany({ orderBy: { sortOrder: "asc" } }),
  ]);
  return { label: s.label, version: s.version, values: formValues(s.snapshot), own, others, terms };
}
