import "server-only";

import { canEditFacility } from "../../auth/permissions";
import { facilityLabel } from "../../facility-match";
import { ZFacilityPatch, type TFacilityPatch } from "../../schemas/edit";
import { PROGRAMME_INCLUDE, programmeItem } from "../activities/load-programme";
import { writeProgramme } from "../activities/write-programme";
import { pick, refreshSearch, toColumns, type Entity } from "./entity";

export const FACILITY_FIELDS = {
  name: "name",
  type: "type",
  description: "description",
  phone: "phone",
  email: "email",
  website: "website",
  opening_hours: "openingHours",
  wheelchair: "wheelchair",
  status: "status",
  street: "street",
  house_number: "houseNumber",
  house_number_addition: "houseNumberAddition",
  postcode: "postcode",
  place: "place",
  gemeente_code: "gemeenteCode",
  lat: "lat",
  lng: "lng",
} as const;

/** A new facility's listing columns from its fields, with the defaults a new row gets (approval and import alike). */
export function newFacilityColumns(
  p: TFacilityPatch &
    Required<Pick<TFacilityPatch, "name" | "type" | "street" | "house_number" | "postcode" | "place">>,
) {
  return {
    name: p.name,
    type: p.type,
    description: p.description ?? "",
    phone: p.phone ?? null,
    email: p.email ?? null,
    website: p.website ?? null,
    openingHours: p.opening_hours ?? null,
    wheelchair: p.wheelchair ?? "unknown",
    status: "active" as const, // a new listing starts active (a proposal's status is not taken over)
    street: p.street,
    houseNumber: p.house_number,
    houseNumberAddition: p.house_number_addition ?? null,
    postcode: p.postcode,
    place: p.place,
    gemeenteCode: p.gemeente_code ?? "",
    lat: p.lat ?? 0,
    lng: p.lng ?? 0,
  };
}

export const facilityEntity: Entity<TFacilityPatch> = {
  type: "facility",
  what: { nl: "Deze locatie", en: "This facility" },
  schema: ZFacilityPatch,
  async load(db, id) {
    // findUnique with the programme included: loads of many facilities in one tick are batched by Prisma (the
    // moderation queue reads its listings so, in a fixed number of queries).
    const f = await db.facility.findUnique({ where: { id }, include: { activities: PROGRAMME_INCLUDE } });
    if (!f) return null;
    // Named with its address: an organisation may have eight facilities of the same name.
    return {
      id,
      version: f.version,
      organizationId: f.operatorId,
      label: facilityLabel(f),
      snapshot: { ...pick(f, FACILITY_FIELDS), activities: f.activities.map(programmeItem) },
      facilityIds: [id],
    };
  },
  mayEdit: (actor, l) => canEditFacility(actor, { id: l.id, operatorId: l.organizationId }),
  async write(tx, id, version, patch) {
    const { count } = await tx.facility.updateMany({
      where: { id, version },
      data: { ...toColumns(patch, FACILITY_FIELDS), version: { increment: 1 } },
    });
    if (count !== 1) return false;
    if (patch.activities) await writeProgramme(tx, id, patch.activities);
    await refreshSearch(tx, [id]);
    return true;
  },
};
