import "server-only";

import { canEditOrganization } from "../../auth/permissions";
import { ZServicePatch, type TServicePatch } from "../../schemas/edit";
import { pick, refreshSearch, toColumns, type Entity } from "./entity";
import { setServiceLocations } from "./service-locations";

const SERVICE_FIELDS = {
  name: "name",
  description: "description",
  languages: "languages",
  cost: "cost",
  cost_text: "costText",
  access: "access",
  eligibility: "eligibility",
  email: "email",
  phone: "phone",
  website: "website",
} as const;

export const serviceEntity: Entity<TServicePatch> = {
  type: "service",
  what: { nl: "Deze dienst", en: "This service" },
  schema: ZServicePatch,
  async load(db, id) {
    const s = await db.service.findUnique({
      where: { id },
      include: {
        terms: { select: { termCode: true, term: { select: { kind: true } } } },
        locations: { select: { facilityId: true, note: true, openingHours: true } },
      },
    });
    if (!s) return null;
    const codes = (kind: string) =>
      s.terms
        .filter((t) => t.term.kind === kind)
        .map((t) => t.termCode)
        .sort();
    const facilityIds = s.locations.map((l) => l.facilityId).sort();
    const overrides = Object.fromEntries(
      s.locations
        .filter((l) => l.note !== null || l.openingHours !== null)
        .sort((a, b) => a.facilityId.localeCompare(b.facilityId))
        .map((l) => [l.facilityId, { note: l.note, opening_hours: l.openingHours }]),
    );
    const snapshot = {
      ...pick(s, SERVICE_FIELDS),
      languages: [...s.languages].sort(),
      access: [...s.access].sort(),
      categories: codes("service"),
      audiences: codes("audience"),
      facility_ids: facilityIds,
      location_overrides: overrides,
    };
    return { id, version: s.version, organizationId: s.organizationId, label: s.name, snapshot, facilityIds };
  },
  mayEdit: (actor, l) => l.organizationId !== null && canEditOrganization(actor, l.organizationId),
  async write(tx, id, version, patch) {
    const before = await tx.serviceAtLocation.findMany({ where: { serviceId: id }, select: { facilityId: true } });
    const { count } = await tx.service.updateMany({
      where: { id, version },
      data: { ...toColumns(patch, SERVICE_FIELDS), version: { increment: 1 } },
    });
    if (count !== 1) return false;
    if (patch.categories || patch.audiences) {
      const kinds = [
        ...(patch.categories ? ["service" as const] : []),
        ...(patch.audiences ? ["audience" as const] : []),
      ];
      await tx.serviceTerm.deleteMany({ where: { serviceId: id, term: { kind: { in: kinds } } } });
      const codes = [...(patch.categories ?? []), ...(patch.audiences ?? [])];
      if (codes.length)
        await tx.serviceTerm.createMany({ data: codes.map((termCode) => ({ serviceId: id, termCode })) });
    }
    if (patch.facility_ids) {
      await setServiceLocations(tx, id, patch.facility_ids);
    }
    if (patch.location_overrides) {
      // The whole set: locations left out have no override any more.
      await tx.serviceAtLocation.updateMany({ where: { serviceId: id }, data: { note: null, openingHours: null } });
      for (const [facilityId, o] of Object.entries(patch.location_overrides)) {
        await tx.serviceAtLocation.updateMany({
          where: { serviceId: id, facilityId },
          data: { note: o.note, openingHours: o.opening_hours },
        });
      }
    }
    await refreshSearch(tx, [...new Set([...before.map((b) => b.facilityId), ...(patch.facility_ids ?? [])])]);
    return true;
  },
};
