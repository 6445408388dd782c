import "server-only";

/** What facilityLabel() shows of a facility, as a Prisma select: its name and street address. */
export const FACILITY_NAMED = {
  name: true,
  street: true,
  houseNumber: true,
  houseNumberAddition: true,
  place: true,
} as const;
