import "server-only";

import type { z } from "zod";

import type { Actor } from "../../auth/actor";
import { canEditFacility, canEditOrganization } from "../../auth/permissions";
import { facilityLabel } from "../../facility-match";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import {
  ZFacilityPatch,
  ZOrganizationPatch,
  ZServicePatch,
  type TFacilityPatch,
  type TOrganizationPatch,
  type TServicePatch,
} from "../../schemas/edit";
import type { Change } from "./errors";
import { setServiceLocations } from "./service-locations";

// The three editable kinds of listing, each described once: how to read its editable fields (a snapshot, in the
// API's field names), who may edit it, and how to write a patch over an expected version. Everything else — locking,
// moderation, revisions, conflicts — is shared (changes.ts).

export type Db = PrismaClient | Prisma.TransactionClient;
export type Snapshot = Record<string, unknown>;
export type EntityType = "organization" | "facility" | "service";
export type Loaded = {
  id: string;
  version: number;
  organizationId: string | null;
  label: string;
  snapshot: Snapshot;
  facilityIds: string[];
};

export interface Entity<P extends Snapshot> {
  type: EntityType;
  what: { nl: string; en: string };
  schema: z.ZodType<P, unknown>;
  load(db: Db, id: string): Promise<Loaded | null>;
  mayEdit(actor: Actor | null, loaded: Loaded): boolean;
  /** Writes the patch if the row is still at `version`; false when it is not (someone saved in between). */
  write(tx: Prisma.TransactionClient, id: string, version: number, patch: P): Promise<boolean>;
}

const FACILITY_FIELDS = {
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

function pick<T extends Record<string, unknown>>(row: T, fields: Record<string, string>): Snapshot {
  return Object.fromEntries(Object.entries(fields).map(([api, col]) => [api, row[col] ?? null]));
}

function toColumns(patch: Snapshot, fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    const col = fields[k];
    if (col !== undefined && v !== undefined) out[col] = v;
  }
  return out;
}

async function refreshSearch(tx: Db, facilityIds: string[]): Promise<void> {
  if (facilityIds.length) await tx.$executeRaw`SELECT refresh_facility_search(${facilityIds}::uuid[])`;
}

export const facilityEntity: Entity<TFacilityPatch> = {
  type: "facility",
  what: { nl: "Deze locatie", en: "This facility" },
  schema: ZFacilityPatch,
  async load(db, id) {
    const f = await db.facility.findUnique({ where: { id } });
    if (!f) return null;
    // Named with its address: an organisation may have eight facilities of the same name.
    return {
      id,
      version: f.version,
      organizationId: f.operatorId,
      label: facilityLabel(f),
      snapshot: pick(f, FACILITY_FIELDS),
      facilityIds: [id],
    };
  },
  mayEdit: (actor, l) => canEditFacility(actor, { id: l.id, operatorId: l.organizationId }),
  async write(tx, id, version, patch) {
    const { count } = await tx.facility.updateMany({
      where: { id, version },
      data: { ...toColumns(patch, FACILITY_FIELDS), version: { increment: 1 } },
    });
    if (count === 1) await refreshSearch(tx, [id]);
    return count === 1;
  },
};

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

export const ENTITIES = { facility: facilityEntity, service: serviceEntity, organization: organizationEntity } as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between two snapshots (in the order of `after`). */
export function diff(before: Snapshot, after: Snapshot): Change[] {
  return Object.keys(after)
    .filter((k) => !same(before[k], after[k]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** The patch's fields that would change the snapshot. */
export function effectivePatch<P extends Snapshot>(snapshot: Snapshot, patch: P): Partial<P> {
  return Object.fromEntries(
    Object.entries(patch).filter(([k, v]) => v !== undefined && !same(snapshot[k], v)),
  ) as Partial<P>;
}
