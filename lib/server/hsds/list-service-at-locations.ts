import "server-only";

import type pg from "pg";

import { Prisma } from "../../generated/prisma/client";
import type { Geocoder } from "../../geocoder/types";
import { TAXONOMY_ID } from "../../hsds/ids";
import { toPage } from "../../hsds/page";
import type { ServiceAtLocationRow, TermRow } from "../../hsds/rows";
import { toSalFull, toSalListItem } from "../../hsds/service-at-location";
import { parseAnswer } from "../../schemas/answer";
import { ZHsdsSalFull, ZHsdsSalListItem } from "../../schemas/hsds";
import type { THsdsServiceAtLocationsQuery } from "../../schemas/hsds-query";
import { MAX_PROJECTED_RATIO } from "../search/find-nearest-facilities";
import { resolveOrigin, type Origin } from "../search/resolve-origin";
import { serviceDetails } from "./assemble";
import { codeOfTermId } from "./list-services";
import { allTerms, byId, facilitiesById, organizationsById, SAL_COLUMNS, servicesById, unique } from "./load-rows";
import { filterKey, idBatches, inOrder, ndjsonLines, pageIds, type Listing } from "./paged";
import { all, containsPattern, LISTED, run, type Db } from "./sql";

// GET /api/hsds/service_at_locations: each service at each facility the public sees. With a postcode: nearest to
// its centre first (KNN on the facility's ETRS89-LAEA point, facility_pt_idx), only organisations that work there
// (an organisation without a service area works anywhere), and with proximity only within that many metres
// (haversine, after the index's circle). Without one: in id order.

/** The tables the conditions name, and no more: a deep page's offset walks every row it skips through each join. */
function fromFor(where: Prisma.Sql): Prisma.Sql {
  const org = /\borg\./.test(where.text);
  const sv = org || /\bsv\./.test(where.text);
  return Prisma.sql`service_at_location sal JOIN facility f ON f.id = sal.facility_id
    ${sv ? Prisma.sql`JOIN service sv ON sv.id = sal.service_id` : Prisma.empty}
    ${org ? Prisma.sql`JOIN organization org ON org.id = sv.organization_id` : Prisma.empty}`;
}

function conditions(q: THsdsServiceAtLocationsQuery, terms: TermRow[], o: Origin | null): Prisma.Sql[] | null {
  const conds: Prisma.Sql[] = [LISTED];
  if (q.search) {
    const p = containsPattern(q.search);
    conds.push(Prisma.sql`(sv.name ILIKE ${p} OR f.name ILIKE ${p} OR f.place ILIKE ${p})`);
  }
  if (q.taxonomy_term_id) {
    const code = codeOfTermId(terms, q.taxonomy_term_id);
    if (!code) return null;
    conds.push(Prisma.sql`sal.service_id IN (SELECT st.service_id FROM service_term st WHERE st.term_code = ${code})`);
  }
  if (q.taxonomy_id) {
    if (q.taxonomy_id.toLowerCase() !== TAXONOMY_ID) return null;
    conds.push(Prisma.sql`EXISTS (SELECT 1 FROM service_term st WHERE st.service_id = sal.service_id)`);
  }
  if (q.organization_id) conds.push(Prisma.sql`sv.organization_id = ${q.organization_id}::uuid`);
  if (q.modified_after)
    conds.push(
      Prisma.sql`greatest(sal.updated_at, f.updated_at, sv.updated_at, org.updated_at) >= ${q.modified_after}`,
    );
  if (o) {
    const codes = o.gemeente_code ? [o.gemeente_code] : (o.gemeente_codes ?? []);
    if (codes.length)
      conds.push(Prisma.sql`(cardinality(org.service_area) = 0 OR org.service_area && ${codes}::text[])`);
    if (q.proximity)
      conds.push(Prisma.sql`f.pt <@ circle(laea_3035(${o.lat}::float8, ${o.lng}::float8), ${q.proximity * MAX_PROJECTED_RATIO + 1}::float8)
        AND haversine_m(${o.lat}::float8, ${o.lng}::float8, f.lat, f.lng) <= ${q.proximity}::float8`);
  }
  return conds;
}

async function listing(pool: pg.Pool, geocoder: Geocoder, q: THsdsServiceAtLocationsQuery) {
  const [terms, origin] = await Promise.all([
    allTerms(pool),
    q.postcode ? resolveOrigin({ postcode: q.postcode }, geocoder) : Promise.resolve(null),
  ]);
  const conds = conditions(q, terms, origin);
  if (!conds) return null;
  const where = all(conds);
  const l: Listing = { key: `sal:${filterKey(q)}`, from: fromFor(where), id: Prisma.sql`sal.id`, where };
  if (origin) l.order = Prisma.sql`f.pt <-> laea_3035(${origin.lat}::float8, ${origin.lng}::float8), sal.id`;
  return l;
}

const salsById = (db: Db, ids: string[]): Promise<ServiceAtLocationRow[]> =>
  run<ServiceAtLocationRow>(
    db,
    "hsds-sals",
    Prisma.sql`SELECT ${SAL_COLUMNS} FROM service_at_location sal JOIN facility f ON f.id = sal.facility_id
      WHERE sal.id = ANY(${ids}::uuid[]) AND ${LISTED}`,
  );

/** List items for ids, in their order. */
async function listItems(db: Db, ids: string[]) {
  const sals = inOrder(ids, await salsById(db, ids));
  const [facilities, services] = await Promise.all([
    facilitiesById(db, unique(sals.map((s) => s.facility_id))).then(byId),
    servicesById(db, unique(sals.map((s) => s.service_id))).then(byId),
  ]);
  const orgs = byId(await organizationsById(db, unique([...services.values()].map((s) => s.organization_id))));
  return sals.flatMap((sal) => {
    const f = facilities.get(sal.facility_id);
    const s = services.get(sal.service_id);
    const org = s && orgs.get(s.organization_id);
    return f && s && org ? [parseAnswer(ZHsdsSalListItem, toSalListItem(sal, f, s, org))] : [];
  });
}

export async function serviceAtLocationsPage(pool: pg.Pool, geocoder: Geocoder, q: THsdsServiceAtLocationsQuery) {
  const l = await listing(pool, geocoder, q);
  if (!l) return toPage([], 0, q);
  const { ids, total } = await pageIds(pool, l, q);
  return toPage(await listItems(pool, ids), total, q);
}

/** Every match as ndjson, in id order (also with a postcode: a stream has no pages to keep in distance order). */
export async function* serviceAtLocationsNdjson(pool: pg.Pool, geocoder: Geocoder, q: THsdsServiceAtLocationsQuery) {
  const l = await listing(pool, geocoder, q);
  if (!l) return;
  for await (const ids of idBatches(pool, l)) yield ndjsonLines(await listItems(pool, ids));
}

/** service_at_locations/{id}, or null (also for a facility closed for good). */
export async function serviceAtLocationDetail(pool: pg.Pool, id: string) {
  const [sal] = await salsById(pool, [id]);
  if (!sal) return null;
  const [[f], services] = await Promise.all([
    facilitiesById(pool, [sal.facility_id]),
    servicesById(pool, [sal.service_id]).then((rows) => serviceDetails(pool, rows)),
  ]);
  const [service] = services;
  return f && service ? parseAnswer(ZHsdsSalFull, toSalFull(sal, f, service)) : null;
}
