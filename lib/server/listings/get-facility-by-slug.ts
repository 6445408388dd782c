import "server-only";

import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { isOpenAt, openNow, opensLater, opensLaterTodayAt } from "../../opening-hours";
import { ZFacilityDetail, type TFacilityDetail } from "../../schemas/facility";

const INCLUDE = {
  operator: { select: { slug: true, name: true } },
  services: {
    include: {
      service: {
        include: {
          organization: { select: { slug: true, name: true, serviceArea: true } },
          terms: { include: { term: true } },
        },
      },
    },
  },
} satisfies Prisma.FacilityInclude;
type ServiceRow = Prisma.FacilityGetPayload<{ include: typeof INCLUDE }>["services"][number];

const ref = (t: { code: string; labelNl: string; labelEn: string }) => ({
  code: t.code,
  name: t.labelNl,
  name_en: t.labelEn,
});

/** A service offered at the facility, with what differs there (its note and own hours), terms in their order. */
function serviceHere({ service: s, note, openingHours }: ServiceRow) {
  const terms = [...s.terms].sort((a, b) => a.term.sortOrder - b.term.sortOrder);
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    organization: {
      slug: s.organization.slug,
      name: s.organization.name,
      service_area: s.organization.serviceArea,
    },
    categories: terms.filter((t) => t.term.kind === "service").map((t) => ref(t.term)),
    audiences: terms.filter((t) => t.term.kind === "audience").map((t) => ref(t.term)),
    languages: s.languages,
    cost: s.cost,
    cost_text: s.costText,
    access: s.access,
    eligibility: s.eligibility,
    contact: { phone: s.phone, email: s.email, website: s.website },
    here: note !== null || openingHours !== null ? { note, opening_hours: openingHours } : null,
  };
}

// One published facility with its services (a closed facility is still found: its page says it closed).
export async function getFacilityBySlug(
  prisma: PrismaClient,
  slug: string,
  now = new Date(),
): Promise<TFacilityDetail | null> {
  const f = await prisma.facility.findUnique({ where: { slug }, include: INCLUDE });
  if (!f) return null;
  const sources = await prisma.externalRef.findMany({
    where: { entityType: "facility", entityId: f.id, licence: { not: null } },
    select: { source: true, licence: true, attribution: true },
    orderBy: { key: "asc" },
  });
  const temp =
    f.tempState && f.tempUntil && f.tempUntil > now
      ? { state: f.tempState, reason: f.tempReason ?? "", until: f.tempUntil.toISOString() }
      : null;
  const open_now = openNow(f.status, temp ? temp.state : null, () => isOpenAt(f.openingHours, now));
  return ZFacilityDetail.parse({
    id: f.id,
    slug: f.slug,
    name: f.name,
    type: f.type,
    status: f.status,
    lat: f.lat,
    lng: f.lng,
    address: {
      street: f.street,
      house_number: f.houseNumber,
      house_number_addition: f.houseNumberAddition,
      postcode: f.postcode,
      place: f.place,
      gemeente_code: f.gemeenteCode,
    },
    wheelchair: f.wheelchair,
    open_now,
    opens_at: opensLater(f.status, temp ? temp.state : null, open_now, () => opensLaterTodayAt(now)(f.openingHours)),
    temporary_status: temp,
    description: f.description,
    phone: f.phone,
    email: f.email,
    website: f.website,
    opening_hours: f.openingHours,
    operator: f.operator,
    services: f.services.map(serviceHere).sort((a, b) => a.name.localeCompare(b.name, "nl")),
    last_verified_at: f.lastVerifiedAt?.toISOString() ?? null,
    updated_at: f.updatedAt.toISOString(),
    version: f.version,
    location_approximate: f.locationApproximate,
    sources,
  });
}
