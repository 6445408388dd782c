import "server-only";

import type pg from "pg";

import type { Geocoder } from "../../geocoder/types";
import type { TServiceResult, TServiceSearchQuery } from "../../schemas/services";
import { statementName } from "../listings/statement-name";
import { getTermLabels } from "../taxonomy/taxonomy-labels";
import { resolveClientArea, type ClientArea } from "./resolve-client-area";
import { toServiceResult, type ServiceRow } from "./service-row";
import { servicesQuery, serviceTerms } from "./services-sql";

// Services for a referral (GET /api/v1/services, /verwijzen). From the client's postcode (or a gemeente's centre):
//  1. the nearest CANDIDATES facilities offering an asked-for service (KNN in the term's band of facility_search,
//     as for the facility search), within the radius when one is given;
//  2. their services (facility_search.service_ids: the services of that term offered there) that pass the filters,
//     each once, at its nearest location among them — which is its nearest location overall, since any nearer
//     location would also be among the nearest facilities;
//  3. flagged in_service_area against the client's gemeente, and sorted (default: in the area first, then distance).
// The SQL is in services/services-sql.ts, the answer's shape in services/service-row.ts.

// Candidates: first a few times the page size; when that gives fewer distinct services than asked (services are often
// offered at many nearby places), once more with many.
const CANDIDATES = [150, 600] as const;

export type { ClientArea } from "./resolve-client-area";
export type ServiceSearchResult = { data: TServiceResult[]; client: ClientArea };

export async function searchServices(
  pool: pg.Pool,
  geocoder: Geocoder,
  q: TServiceSearchQuery,
): Promise<ServiceSearchResult> {
  const client = await resolveClientArea(pool, geocoder, q);
  const run = async (candidates: number) => {
    const sql = servicesQuery(q, client, candidates);
    return (
      await pool.query<ServiceRow>({ name: statementName("services", sql.text), text: sql.text, values: sql.values })
    ).rows;
  };
  let rows = await run(CANDIDATES[0]);
  // Fewer services than asked: either there are no more (the scan ran out or passed the radius) or the first
  // candidates shared their services. Only a second, wider scan can tell.
  const scanned = rows[0]?.candidates ?? 0;
  if (rows.length < q.limit && (rows.length === 0 || scanned >= CANDIDATES[0] * serviceTerms(q).length))
    rows = await run(CANDIDATES[1]);
  const labels = await getTermLabels(pool);
  return { data: rows.map((x) => toServiceResult(x, labels)), client };
}
