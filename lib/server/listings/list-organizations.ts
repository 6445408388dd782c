import "server-only";

import type { PrismaClient } from "../../generated/prisma/client";
import { encodeCursor, type TCursorKey } from "../../schemas/cursor";
import { ZOrganizationDetail, ZOrganizationPublic } from "../../schemas/organization";
import { LISTED_FACILITY } from "./count-facilities";

type OrgRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  kvkNumber: string | null;
  isMember: boolean;
  serviceArea: string[];
  updatedAt: Date;
  _count: { facilities: number };
};

const toPublic = (o: OrgRow) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  description: o.description,
  website: o.website,
  email: o.email,
  phone: o.phone,
  kvk_number: o.kvkNumber,
  is_member: o.isMember,
  service_area: o.serviceArea,
  facility_count: o._count.facilities,
  updated_at: o.updatedAt.toISOString(),
});

const SELECT = {
  id: true,
  slug: true,
  name: true,
  description: true,
  website: true,
  email: true,
  phone: true,
  kvkNumber: true,
  isMember: true,
  serviceArea: true,
  updatedAt: true,
  _count: { select: { facilities: { where: LISTED_FACILITY } } },
} as const;

export async function listOrganizations(
  prisma: PrismaClient,
  q: { gemeente?: string; limit: number; cursor?: TCursorKey },
) {
  const after = q.cursor && "n" in q.cursor ? q.cursor : undefined;
  const rows = await prisma.organization.findMany({
    where: {
      ...(q.gemeente ? { serviceArea: { has: q.gemeente } } : {}),
      ...(after ? { OR: [{ name: { gt: after.n } }, { name: after.n, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: q.limit + 1,
    select: SELECT,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    data: page.map((o) => ZOrganizationPublic.parse(toPublic(o))),
    next_cursor: rows.length > q.limit && last ? encodeCursor({ n: last.name, id: last.id }) : null,
  };
}

export async function getOrganizationBySlug(prisma: PrismaClient, slug: string) {
  const o = await prisma.organization.findUnique({
    where: { slug },
    select: {
      ...SELECT,
      facilities: {
        select: { slug: true, name: true, type: true, place: true, lat: true, lng: true },
        where: LISTED_FACILITY,
        orderBy: { name: "asc" },
      },
      services: {
        select: { id: true, name: true, terms: { select: { term: { select: { code: true, kind: true } } } } },
        orderBy: { name: "asc" },
      },
    },
  });
  if (!o) return null;
  return ZOrganizationDetail.parse({
    ...toPublic(o),
    facilities: o.facilities,
    services: o.services.map((s) => ({
      id: s.id,
      name: s.name,
      categories: s.terms.filter((t) => t.term.kind === "service").map((t) => t.term.code),
      audiences: s.terms.filter((t) => t.term.kind === "audience").map((t) => t.term.code),
    })),
  });
}
