import "server-only";

import type { UserActor } from "../../auth/actor";
import { isModerator } from "../../auth/permissions";
import type { OrgRole, PrismaClient } from "../../generated/prisma/client";
import { countFacilities, type FacilityCounts } from "../listings/count-facilities";
import { attachRequestsFor, type AttachRequest } from "./attach-requests";

// What a signed-in person sees first: their organisations' facilities and services, and what needs attention —
// changes waiting for a moderator, rejected changes with the reason, reports from the public, listings not checked
// for 12 months. Moderators also see how many changes wait.

export const STALE_MONTHS = 12;
export const staleBefore = (now: Date) => new Date(new Date(now).setMonth(now.getMonth() - STALE_MONTHS));

export type DashFacility = {
  id: string;
  slug: string;
  name: string;
  type: string;
  status: string;
  postcode: string;
  place: string;
  street: string;
  houseNumber: string;
  houseNumberAddition: string | null;
  lastVerifiedAt: Date | null;
  stale: boolean;
  tempState: string | null;
  tempUntil: Date | null;
  pending: number;
  reports: number;
};
export type DashOrg = {
  id: string;
  slug: string;
  name: string;
  role: OrgRole | "moderator";
  publishesDirectly: boolean;
  /** every facility, closed ones too (an editor may reopen one); `counts.listed` is the number the API gives */
  facilities: DashFacility[];
  counts: FacilityCounts;
  services: { id: string; name: string }[];
  rejected: { id: string; createdAt: Date; reason: string | null; entityType: string }[];
};
/** `requests`: other organisations asking to offer a service at these organisations' facilities (consent.ts). */
export type Dashboard = { orgs: DashOrg[]; delegated: DashFacility[]; queue: number | null; requests: AttachRequest[] };

/** What a facility row of /beheer needs (select it, then hand the rows to `facilityRows`). */
export const FACILITY_ROW_SELECT = {
  id: true,
  slug: true,
  name: true,
  type: true,
  status: true,
  postcode: true,
  place: true,
  street: true,
  houseNumber: true,
  houseNumberAddition: true,
  lastVerifiedAt: true,
  tempState: true,
  tempUntil: true,
} as const;
type RowIn = Omit<DashFacility, "stale" | "pending" | "reports">;

/** Adds to each facility what needs attention: waiting changes, open reports, not checked for 12 months (2 queries). */
export async function facilityRows(db: PrismaClient, rows: RowIn[], now = new Date()): Promise<DashFacility[]> {
  const ids = [...new Set(rows.map((f) => f.id))];
  const [pendingRows, reportRows] = await Promise.all([
    db.changeRequest.groupBy({ by: ["entityId"], where: { status: "pending", entityId: { in: ids } }, _count: true }),
    db.report.groupBy({ by: ["facilityId"], where: { resolvedAt: null, facilityId: { in: ids } }, _count: true }),
  ]);
  const pending = new Map(pendingRows.map((r) => [r.entityId, r._count]));
  const reports = new Map(reportRows.map((r) => [r.facilityId, r._count]));
  const stale = staleBefore(now);
  return rows.map((f) => ({
    ...f,
    tempState: f.tempUntil && f.tempUntil > now ? f.tempState : null,
    stale: !f.lastVerifiedAt || f.lastVerifiedAt < stale,
    pending: pending.get(f.id) ?? 0,
    reports: reports.get(f.id) ?? 0,
  }));
}

export async function loadDashboard(db: PrismaClient, actor: UserActor, now = new Date()): Promise<Dashboard> {
  const orgIds = [...actor.orgs.keys()];
  const facilitySelect = FACILITY_ROW_SELECT;
  const [orgs, delegated, queue, requests, counts] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: orgIds } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        publishesDirectly: true,
        facilities: { select: facilitySelect, orderBy: [{ name: "asc" }, { place: "asc" }, { street: "asc" }] },
        services: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      },
    }),
    db.facility.findMany({
      where: { id: { in: [...actor.facilities] } },
      select: facilitySelect,
      orderBy: { name: "asc" },
    }),
    isModerator(actor) ? db.changeRequest.count({ where: { status: "pending" } }) : Promise.resolve(null),
    attachRequestsFor(db, orgIds),
    countFacilities(db, orgIds),
  ]);
  const rows = new Map(
    (await facilityRows(db, [...orgs.flatMap((o) => o.facilities), ...delegated], now)).map((f) => [f.id, f]),
  );
  const dash = (list: { id: string }[]): DashFacility[] => list.flatMap((f) => rows.get(f.id) ?? []);
  const rejected = await db.changeRequest.findMany({
    where: {
      organizationId: { in: orgIds },
      status: "rejected",
      decidedAt: { gte: new Date(now.getTime() - 30 * 86400000) },
    },
    select: { id: true, organizationId: true, createdAt: true, reason: true, entityType: true },
    orderBy: { decidedAt: "desc" },
    take: 20,
  });
  return {
    orgs: orgs.map((o) => ({
      id: o.id,
      slug: o.slug,
      name: o.name,
      role: actor.orgs.get(o.id) ?? "editor",
      publishesDirectly: o.publishesDirectly,
      facilities: dash(o.facilities),
      counts: counts.get(o.id) ?? { listed: 0, temporarilyClosed: 0, closed: 0 },
      services: o.services,
      rejected: rejected.filter((r) => r.organizationId === o.id),
    })),
    delegated: dash(delegated),
    queue,
    requests,
  };
}
