import type { THsdsServiceDetail } from "../schemas/hsds";
import { toLocation } from "./location";
import type { FacilityRow, OrganizationRow, ServiceAtLocationRow, ServiceRow } from "./rows";
import { toOrganization, toSal, toSalInService, toService } from "./service";

// A service at a facility as an HSDS service_at_location: its note there is the description, its own hours there
// (when they differ from the facility's) its schedules; the facility's hours are the location's schedules.

/** The list answers' shape: the link's fields with the location's and the service's (and its organisation's). */
export const toSalListItem = (sal: ServiceAtLocationRow, f: FacilityRow, s: ServiceRow, org: OrganizationRow) => ({
  ...toSal(sal),
  location: toLocation(f),
  service: { ...toService(s), organization: toOrganization(org) },
});

/** service_at_locations/{id}: the link with its full location and its service (without the service's other places,
 *  which services/{id} lists). */
export const toSalFull = (sal: ServiceAtLocationRow, f: FacilityRow, service: THsdsServiceDetail) => ({
  ...toSalInService(sal, f),
  service,
});
