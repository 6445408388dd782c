import "server-only";

import type { Prisma } from "../../generated/prisma/client";

// Where a service is offered, changed without ever changing a location's id. Printed referral sheets, QR short links
// (referral_link) and workers' saved lists name service_at_location ids, and must keep meaning the same service at
// the same place: a location taken away moves, under its id, to service_at_location_ended (so every public read,
// which reads service_at_location only, drops it at once); offering the service there again — by an editor or a
// moderator's revert — moves the same row back. Its note and own hours start empty again, as for a new location;
// the patch's location_overrides set them.
// Runs inside the service's write transaction, after its version check has locked the service row, so two edits of
// one service never interleave here.

export async function setServiceLocations(
  tx: Prisma.TransactionClient,
  serviceId: string,
  facilityIds: string[],
): Promise<void> {
  await tx.$executeRaw`
    WITH gone AS (
      DELETE FROM service_at_location WHERE service_id = ${serviceId}::uuid AND NOT (facility_id = ANY(${facilityIds}::uuid[]))
      RETURNING id, service_id, facility_id, note, opening_hours, created_at)
    INSERT INTO service_at_location_ended (id, service_id, facility_id, note, opening_hours, created_at)
    SELECT id, service_id, facility_id, note, opening_hours, created_at FROM gone`;
  await tx.$executeRaw`
    WITH back AS (
      DELETE FROM service_at_location_ended WHERE service_id = ${serviceId}::uuid AND facility_id = ANY(${facilityIds}::uuid[])
        AND NOT EXISTS (SELECT 1 FROM service_at_location l WHERE l.service_id = ${serviceId}::uuid AND l.facility_id = service_at_location_ended.facility_id)
      RETURNING id, service_id, facility_id, created_at)
    INSERT INTO service_at_location (id, service_id, facility_id, created_at) SELECT id, service_id, facility_id, created_at FROM back`;
  await tx.$executeRaw`
    INSERT INTO service_at_location (service_id, facility_id) SELECT ${serviceId}::uuid, f FROM unnest(${facilityIds}::uuid[]) AS f
    ON CONFLICT (service_id, facility_id) DO NOTHING`;
}
