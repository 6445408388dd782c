import "server-only";

import { cachedBody, queryKey, type Cached } from "../../cache/response-cache";
import { getPrisma, getReadPool, getReadPrisma } from "../../db";
import { getGeocoder } from "../../geocoder";
import type { TActivitiesQuery } from "../../schemas/activities-query";
import type { TClusterQuery } from "../../schemas/clusters";
import type { TCursorKey } from "../../schemas/cursor";
import type { TFacilitySearchQuery } from "../../schemas/facility-search";
import type { TServiceSearchQuery } from "../../schemas/services";
import { searchActivities } from "../activities/search-activities";
import { searchFeed } from "../activities/search-feed";
import { clusterFacilities } from "../clusters/cluster-facilities";
import { serviceEntity } from "../edit/service-entity";
import { getFacilityBySlug } from "../listings/get-facility-by-slug";
import { getOrganizationBySlug, listOrganizations } from "../listings/list-organizations";
import { searchFacilities } from "../search/search-facilities";
import { searchServices, type ServiceSearchResult } from "../services/search-services";
import { listTaxonomy } from "../taxonomy/list-taxonomy";
import { getTermLabels } from "../taxonomy/taxonomy-labels";

// The public API's reads, each choosing its database (a replica, unless it must see the latest write): the route
// handlers in app/api/v1 parse the request, call one of these and shape the answer.

/** The taxonomy as the database has it now, for the input checks of a search (lib/reference/term-registry.ts):
 *  cached for a minute, so this costs nothing on almost every request. */
export const readTerms = (): Promise<unknown> => getTermLabels(getReadPool());

export const findFacilities = (q: TFacilitySearchQuery) => searchFacilities(getReadPool(), getGeocoder(), q);

export const findActivities = (q: TActivitiesQuery) => searchActivities(getReadPool(), getGeocoder(), q);

/** The search as an iCalendar feed (format=ics); the API's words in Dutch, like its other texts for people. */
export const activitiesFeed = (q: TActivitiesQuery) => searchFeed(q, "nl");

export const facilityDetail = (slug: string) => getFacilityBySlug(getReadPrisma(), slug);

export const facilityClusters = (q: TClusterQuery) => clusterFacilities(getReadPool(), q);

export const findServices = (q: TServiceSearchQuery): Promise<ServiceSearchResult> =>
  searchServices(getReadPool(), getGeocoder(), q);

/** The services answer's body from the shared response cache while the data is unchanged (`compute` shapes it). */
export const cachedServicesBody = (
  q: TServiceSearchQuery,
  compute: (r: ServiceSearchResult) => string,
): Promise<Cached> => cachedBody(getReadPool(), `services:${queryKey(q)}`, async () => compute(await findServices(q)));

/** One service's editable fields and version, from the primary (an API client edits what it reads). */
export const serviceForEdit = (id: string) => serviceEntity.load(getPrisma(), id);

export const organizationsPage = (q: { gemeente?: string; limit: number; cursor?: TCursorKey }) =>
  listOrganizations(getReadPrisma(), q);

/** An organisation with its version (for the ETag); null when unknown. */
export async function organizationDetail(slug: string) {
  const prisma = getReadPrisma();
  const [org, row] = await Promise.all([
    getOrganizationBySlug(prisma, slug),
    prisma.organization.findUnique({ where: { slug }, select: { version: true } }),
  ]);
  return org && row ? { org, version: row.version } : null;
}

export const taxonomyTerms = () => listTaxonomy(getReadPrisma());

/** Gemeenten by CBS code, in the order asked. */
export async function gemeentenByCode(codes: string[]): Promise<{ code: string; name: string }[]> {
  const { rows } = await getReadPool().query<{ code: string; name: string }>(
    "SELECT code, name FROM gemeente WHERE code = ANY($1::text[]) ORDER BY array_position($1::text[], code)",
    [codes],
  );
  return rows;
}
