import "server-only";

import { canEditOrganization } from "../../auth/permissions";
import { ZOrganizationPatch, type TOrganizationPatch } from "../../schemas/edit";
import { pick, toColumns, type Entity } from "./entity";

const ORGANIZATION_FIELDS = {
  name: "name",
  description: "description",
  website: "website",
  email: "email",
  phone: "phone",
  kvk_number: "kvkNumber",
  service_area: "serviceArea",
} as const;

export const organizationEntity: Entity<TOrganizationPatch> = {
  type: "organization",
  what: { nl: "Deze organisatie", en: "This organisation" },
  schema: ZOrganizationPatch,
  async load(db, id) {
    const o = await db.organization.findUnique({ where: { id } });
    if (!o) return null;
    return {
      id,
      version: o.version,
      organizationId: o.id,
      label: o.name,
      snapshot: { ...pick(o, ORGANIZATION_FIELDS), service_area: [...o.serviceArea].sort() },
      facilityIds: [],
    };
  },
  mayEdit: (actor, l) => canEditOrganization(actor, l.id),
  async write(tx, id, version, patch) {
    const { count } = await tx.organization.updateMany({
      where: { id, version },
      data: { ...toColumns(patch, ORGANIZATION_FIELDS), version: { increment: 1 } },
    });
    return count === 1;
  },
};
