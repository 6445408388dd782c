import "server-only";

import type pg from "pg";

import { AppError } from "../errors/app-error";
import { Prisma } from "../generated/prisma/client";
import type { Geocoder } from "../geocoder/types";
import { AUDIENCE_CODES } from "../reference/taxonomy";
import { ZServiceResult, type TServiceResult, type TServiceSearchQuery } from "../schemas/services";
import { MAX_PROJECTED_RATIO } from "./find-nearest-facilities";
import { originBandsCte } from "./search-bands";
import { statementName } from "./statement-name";
import { getTermLabels, labelTerms } from "./taxonomy-labels";

// Services for a referral (GET /api/v1/services, /verwijzen). From the client's postcode (or a gemeente's centre):
//  1. the nearest CANDIDATES facilities offering an asked-for service (KNN in the term's band of facility_search,
//     as for the facility search), within the radius when one is given;
//  2. their services (facility_search.service_ids: the services of that term offered there) that pass the filters,
//     each once, at its nearest location among them — which is its nearest location overall, since any nearer
//     location would also be among the nearest facilities;
//  3. flagged in_service_area against the client's gemeente, and sorted (default: in the area first, then distance).

// Candidates: first a few times the page size; when that gives fewer distinct services than asked (services are often
// offered at many nearby places), once more with many.
const CANDIDATES = [150, 600] as const;
const AUDIENCES = new Set(AUDIENCE_CODES);

export type ClientArea = { lat: number; lng: number; gemeente: { code: string; name: string } | null; label: string };
export type ServiceSearchResult = { data: TServiceResult[]; client: ClientArea };

type Row = {
  id: string;
  name: string;
  description: string;
  languages: string[];
  cost: string;
  cost_text: string | null;
  access: string[];
  eligibility: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  terms: string[];
  org_slug: string;
  org_name: string;
  service_area: string[];
  sal_id: string;
  f_slug: string;
  f_name: string;
  street: string;
  house_number: string;
  house_number_addition: string | null;
  postcode: string;
  place: string;
  gemeente_code: string;
  lat: number;
  lng: number;
  d: number;
  in_area: boolean | null;
  last_verified_at: Date | null;
  candidates: number;
};

async function resolveClient(pool: pg.Pool, geocoder: Geocoder, q: TServiceSearchQuery): Promise<ClientArea> {
  const gemeenteName = async (code: string | null) =>
    code
      ? ((await pool.query<{ code: string; name: string }>("SELECT code, name FROM gemeente WHERE code = $1", [code]))
          .rows[0] ?? null)
      : null;
  if (q.postcode) {
    const hit = await geocoder.postcode(q.postcode);
    if (!hit)
      throw new AppError("unknown_postcode", {
        messages: {
          nl: `Postcode ${q.postcode.pc6 ?? q.postcode.pc4} kennen we niet. Kijk haar na, of kies een gemeente.`,
          en: `We do not know postcode ${q.postcode.pc6 ?? q.postcode.pc4}. Check it, or choose a gemeente.`,
        },
        errors: [{ parameter: "postcode", detail: "unknown postcode" }],
      });
    const code = q.gemeente ?? hit.gemeenteCode;
    return {
      lat: hit.lat,
      lng: hit.lng,
      label: hit.label,
      gemeente: (await gemeenteName(code)) ?? (code ? { code, name: code } : null),
    };
  }
  const g = (
    await pool.query<{ code: string; name: string; lat: number; lng: number }>(
      "SELECT code, name, lat, lng FROM gemeente WHERE code = $1",
      [q.gemeente],
    )
  ).rows[0];
  if (!g)
    throw new AppError("unknown_gemeente", {
      messages: { nl: `Gemeente ${q.gemeente} kennen we niet.`, en: `We do not know gemeente ${q.gemeente}.` },
      errors: [{ parameter: "gemeente", detail: "unknown gemeente" }],
    });
  return { lat: g.lat, lng: g.lng, label: g.name, gemeente: { code: g.code, name: g.name } };
}

export async function searchServices(
  pool: pg.Pool,
  geocoder: Geocoder,
  q: TServiceSearchQuery,
): Promise<ServiceSearchResult> {
  const client = await resolveClient(pool, geocoder, q);
  const { lat, lng } = client;
  const terms = q.service?.length ? q.service : [""];
  const r = q.radius_km ? q.radius_km * 1000 : null;
  const dist = Prisma.sql`haversine_m(${lat}::float8, ${lng}::float8, s.lat, s.lng)`;
  // Service-level filters need the service row; "in gemeente X" needs the facility and the organisation. Without
  // them, the candidates' own service ids (facility_search.service_ids) are enough.
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
  const joins = conds.length
    ? Prisma.sql`JOIN service sv ON sv.id = x.service_id ${inGemeente ? Prisma.sql`JOIN organization org ON org.id = sv.organization_id JOIN facility f ON f.id = n.facility_id` : Prisma.empty}
      WHERE ${Prisma.join(conds, " AND ")}`
    : Prisma.empty;
  const g = client.gemeente?.code ?? null;
  // "Within r, or working in the client's gemeente": the facilities where such organisations offer services join the
  // candidates wherever they are (a handful per gemeente; found through the organisations, not the map index).
  const orInArea = Boolean(r && q.or_in_area && g);
  const order = {
    area: Prisma.sql`CASE WHEN in_area THEN 0 WHEN in_area IS NULL THEN 1 ELSE 2 END, d, name, id`,
    distance: Prisma.sql`d, name, id`,
    name: Prisma.sql`name, d, id`,
    organization: Prisma.sql`org_name, name, d, id`,
  }[q.sort];
  const query = (candidates: number) => Prisma.sql`
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
      ${joins}
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
  const run = async (candidates: number) => {
    const sql = query(candidates);
    return (await pool.query<Row>({ name: statementName("services", sql.text), text: sql.text, values: sql.values }))
      .rows;
  };
  let rows = await run(CANDIDATES[0]);
  // Fewer services than asked: either there are no more (the scan ran out or passed the radius) or the first
  // candidates shared their services. Only a second, wider scan can tell.
  if (rows.length < q.limit && (rows.length === 0 || (rows[0]?.candidates ?? 0) >= CANDIDATES[0] * terms.length))
    rows = await run(CANDIDATES[1]);
  const labels = await getTermLabels(pool);
  const data = rows.map((x) => {
    const terms = labelTerms(x.terms, labels);
    return ZServiceResult.parse({
      id: x.id,
      name: x.name,
      description: x.description,
      organization: { slug: x.org_slug, name: x.org_name, service_area: x.service_area },
      categories: terms.filter((t) => !AUDIENCES.has(t.code)),
      audiences: terms.filter((t) => AUDIENCES.has(t.code)),
      languages: x.languages,
      cost: x.cost,
      cost_text: x.cost_text,
      access: x.access,
      eligibility: x.eligibility,
      contact: { phone: x.phone, email: x.email, website: x.website },
      location: {
        service_at_location_id: x.sal_id,
        facility: {
          slug: x.f_slug,
          name: x.f_name,
          street: x.street,
          house_number: x.house_number,
          house_number_addition: x.house_number_addition,
          postcode: x.postcode,
          place: x.place,
          gemeente_code: x.gemeente_code,
          lat: x.lat,
          lng: x.lng,
        },
        distance_m: Math.round(x.d),
      },
      in_service_area: x.in_area,
      last_verified_at: x.last_verified_at ? x.last_verified_at.toISOString() : null,
    });
  });
  return { data, client };
}
