import "server-only";

import { getReadPool } from "../../db";
import { getGeocoder } from "../../geocoder";
import type {
  THsdsListQuery,
  THsdsOrganizationsQuery,
  THsdsServiceAtLocationsQuery,
  THsdsServicesQuery,
  THsdsTaxonomyTermsQuery,
} from "../../schemas/hsds-query";
import { serviceAtLocationDetail, serviceAtLocationsNdjson, serviceAtLocationsPage } from "./list-service-at-locations";
import { serviceDetail, servicesNdjson, servicesPage } from "./list-services";
import { organizationDetail, organizationsNdjson, organizationsPage } from "./organizations";
import { taxonomiesAll, taxonomiesPage, taxonomyDetail, termDetail, termsAll, termsPage } from "./taxonomy";

// The HSDS API's reads (app/api/hsds), all on the read pool (a replica when one is configured): public data that may
// lag a write by a moment. Lists answer a Page; `…Ndjson` every match as lines; details null when unknown.

async function* lines(items: Promise<unknown[]>): AsyncGenerator<string> {
  for (const item of await items) yield `${JSON.stringify(item)}\n`;
}

export const hsdsServices = (q: THsdsServicesQuery) => servicesPage(getReadPool(), q);
export const hsdsServicesNdjson = (q: THsdsServicesQuery) => servicesNdjson(getReadPool(), q);
export const hsdsService = (id: string) => serviceDetail(getReadPool(), id);

export const hsdsServiceAtLocations = (q: THsdsServiceAtLocationsQuery) =>
  serviceAtLocationsPage(getReadPool(), getGeocoder(), q);
export const hsdsServiceAtLocationsNdjson = (q: THsdsServiceAtLocationsQuery) =>
  serviceAtLocationsNdjson(getReadPool(), getGeocoder(), q);
export const hsdsServiceAtLocation = (id: string) => serviceAtLocationDetail(getReadPool(), id);

export const hsdsOrganizations = (q: THsdsOrganizationsQuery) => organizationsPage(getReadPool(), q);
export const hsdsOrganizationsNdjson = (q: THsdsOrganizationsQuery) => organizationsNdjson(getReadPool(), q);
export const hsdsOrganization = (id: string, fullService: boolean) =>
  organizationDetail(getReadPool(), id, fullService);

export const hsdsTaxonomies = (q: THsdsListQuery) => Promise.resolve(taxonomiesPage(q));
export const hsdsTaxonomiesNdjson = (q: THsdsListQuery) => lines(Promise.resolve(taxonomiesAll(q)));
export const hsdsTaxonomy = (id: string) => Promise.resolve(taxonomyDetail(id));

export const hsdsTaxonomyTerms = (q: THsdsTaxonomyTermsQuery) => termsPage(getReadPool(), q);
export const hsdsTaxonomyTermsNdjson = (q: THsdsTaxonomyTermsQuery) => lines(termsAll(getReadPool(), q));
export const hsdsTaxonomyTerm = (id: string) => termDetail(getReadPool(), id);
