import "server-only";

import { Prisma } from "../../generated/prisma/client";
import type { TServiceSearchQuery } from "../../schemas/services";
import { MAX_PROJECTED_RATIO } from "../search/find-nearest-facilities";
import { originBandsCte } from "../search/search-bands";
import type { ClientArea } from "./resolve-client-area";

// The SQL of the services search (see search-services.ts for the steps): the nearest `candidates` facilities per
// asked term, their services that pass the filters each at its nearest location, ranked, then the page's rows.

/** Service-level filters need the service row; "in gemeente X" needs the facility and the organisation. Without
 *  them, the candidates' own service ids (facility_search.service_ids) are enough. */
function filterJoins(q: TServiceSearchQuery): Prisma.Sql {
  const conds: Prisma.Sql[] = [];
  if (q.audience?.length)
    conds.push(
      Prisma.sql`EXISTS (SELECT 1 FROM service_term st WHERE st.service_id = sv.id AND st.term_code = ANY(${q.audience}::text[]))`,
    );
  if (q.language?.length) conds.push(Prisma.sql`sv.languages && ${q.language}::text[]`);
  if (q.cost?.length) conds.push(Prisma.sql`sv.cost = ANY(${q.cost}::"Cost"[])`);
  if (q.access?.length) conds.push(Prisma.sql`sv.access && ${q.access}::"AccessRoute"[]`);
  const inGemeente = q.gemeente && !q.postcode;
  // "In gemeente X" without a postcode: offered there, or by an organisation that serves X.
  if (inGemeente) conds.push(Prisma.sql`(f.gemeente_code = ${q.gemeente} OR ${q.gemeente} = ANY(org.service_area))`);
  return conds.length
    ? Prisma.sql`JOIN service sv ON sv.id = x.service_id ${inGemeente ? Prisma.sql`JOIN organization org ON org.id = sv.organization_id JOIN facility f ON f.id = n.facility_id` : Prisma.empty}
      WHERE ${Prisma.join(conds, " AND ")}`
    : Prisma.empty;
}

const ORDER: Record<TServiceSearchQuery["sort"], Prisma.Sql> = {
  area: Prisma.sql`CASE WHEN in_area THEN 0 WHEN in_area IS NULL THEN 1 ELSE 2 END, d, name, id`,
  distance: Prisma.sql`d, name, id`,
  name: Prisma.sql`name, d, id`,
  organization: Prisma.sql`org_name, name, d, id`,
};

/** The asked terms ("" for any service): one band scan each. */
export const serviceTerms = (q: TServiceSearchQuery): string[] => (q.service?.length ? q.service : [""]);

export function servicesQuery(q: TServiceSearchQuery, client: ClientArea, candidates: number): Prisma.Sql {
  const { lat, lng } = client;
  const terms = serviceTerms(q);
  const r = q.radius_km ? q.radius_km * 1000 : null;
  const dist = Prisma.sql`haversine_m(${lat}::float8, ${lng}::float8, s.lat, s.lng)`;
  const g = client.gemeente?.code ?? null;
  // "Within r, or working in the client's gemeente": the facilities where such organisations offer services join the
  // candidates wherever they are (a handful per gemeente; found through the organisations, not the map index).
  const orInArea = Boolean(r && q.or_in_area && g);
  const order = ORDER[q.sort];
  return Prisma.sql`
    WITH ${originBandsCte(terms, lat, lng)},
    near AS MATERIALIZED (
      SELECT * FROM (
        SELECT s.facility_id, ${dist} AS d, s.service_ids, s.sal_ids FROM bands b
        CROSS JOIN LATERAL (
          SELECT s.facility_id, s.lat, s.lng, s.service_ids, s.sal_ids FROM facility_search s
          WHERE s.kpt <@ b.band AND s.term = b.code ${r ? Prisma.sql`AND s.kpt <@ circle(b.origin, ${r * MAX_PROJECTED_RATIO + 1}::float8)` : Prisma.empty}
          ORDER BY s.kpt <-> b.origin LIMIT ${candidates}
        ) s
      ) x ${r ? Prisma.sql`WHERE d <= ${r}::float8` : Prisma.empty}
      ${
        orInArea
          ? Prisma.sql`UNION
      SELECT s.facility_id, ${dist} AS d, s.service_ids, s.sal_ids
      FROM (SELECT DISTINCT sal.facility_id FROM organization org JOIN service sv ON sv.organization_id = org.id
            JOIN service_at_location sal ON sal.service_id = sv.id WHERE ${g}::text = ANY(org.service_area)) a
      JOIN facility_search s ON s.facility_id = a.facility_id AND s.term = ANY(${terms}::text[])`
          : Prisma.empty
      }
    ),
    hits AS (
      SELECT DISTINCT ON (x.service_id) x.service_id AS id, x.sal_id, n.facility_id, n.d
      FROM near n CROSS JOIN LATERAL unnest(n.service_ids, n.sal_ids) AS x(service_id, sal_id)
      ${filterJoins(q)}
      ORDER BY x.service_id, n.d, x.sal_id
    ),
    -- Rank with what the order needs (service name, organisation, area), then fetch the rest for the page only.
    ranked AS (
      SELECT * FROM (
        SELECT h.id, h.sal_id, h.facility_id, h.d, sv.name, org.name AS org_name,
          CASE WHEN ${g}::text IS NULL OR cardinality(org.service_area) = 0 THEN NULL ELSE ${g}::text = ANY(org.service_area) END AS in_area
        FROM hits h JOIN service sv ON sv.id = h.id JOIN organization org ON org.id = sv.organization_id
      ) x ${orInArea ? Prisma.sql`WHERE d <= ${r}::float8 OR in_area` : Prisma.empty} ORDER BY ${order} LIMIT ${q.limit}
    ),
    rows AS (
      SELECT sv.id, sv.name, sv.description, sv.languages, sv.cost::text AS cost, sv.cost_text, sv.access::text[] AS access,
        sv.eligibility, coalesce(sv.phone, org.phone) AS phone, coalesce(sv.email, org.email) AS email, coalesce(sv.website, org.website) AS website,
        ARRAY(SELECT st.term_code FROM service_term st WHERE st.service_id = sv.id) AS terms,
        org.slug AS org_slug, org.name AS org_name, org.service_area, r.sal_id, f.slug AS f_slug, f.name AS f_name, f.street, f.house_number,
        f.house_number_addition, f.postcode, f.place, f.gemeente_code, f.lat, f.lng, r.d, f.last_verified_at, r.in_area
      FROM ranked r JOIN service sv ON sv.id = r.id JOIN organization org ON org.id = sv.organization_id JOIN facility f ON f.id = r.facility_id
    )
    SELECT *, (SELECT count(*) FROM near)::int AS candidates FROM rows ORDER BY ${order}`;
}
