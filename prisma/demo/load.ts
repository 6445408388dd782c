import type pg from "pg";
import type { DemoData } from "./generate";

// Writes generated demo data with batched `INSERT … SELECT FROM unnest(…)` (one round trip per batch), then builds
// the search index once. Nested arrays travel as comma-joined text, since unnest() flattens 2-D arrays.

const BATCH = 10000;

async function insertBatches<T>(client: pg.ClientBase, rows: T[], sql: string, columns: ((r: T) => unknown)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    await client.query(sql, columns.map((col) => chunk.map(col)));
  }
}

export async function loadDemoData(client: pg.ClientBase, data: DemoData, onProgress: (msg: string) => void = () => {}): Promise<void> {
  await insertBatches(client, data.organizations,
    `INSERT INTO organization (id, slug, name, description, website, email, phone, is_member, service_area)
     SELECT id, slug, name, description, website, email, phone, is_member, string_to_array(area, ',')
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::text[])
       AS t(id, slug, name, description, website, email, phone, is_member, area)`,
    [(o) => o.id, (o) => o.slug, (o) => o.name, (o) => o.description, (o) => o.website, (o) => o.email, (o) => o.phone, (o) => o.isMember, (o) => o.serviceArea.join(",")]);
  onProgress(`${data.organizations.length} organisations`);

  await insertBatches(client, data.facilities,
    `INSERT INTO facility (id, slug, name, type, street, house_number, house_number_addition, postcode, place, gemeente_code,
       lat, lng, phone, email, website, description, opening_hours, wheelchair, status, operator_id, last_verified_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::"FacilityType"[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::float8[], $12::float8[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
       $18::"Wheelchair"[], $19::"FacilityStatus"[], $20::uuid[], $21::timestamptz[])`,
    [(f) => f.id, (f) => f.slug, (f) => f.name, (f) => f.type, (f) => f.street, (f) => f.houseNumber, (f) => f.houseNumberAddition,
      (f) => f.postcode, (f) => f.place, (f) => f.gemeenteCode, (f) => f.lat, (f) => f.lng, (f) => f.phone, (f) => f.email,
      (f) => f.website, (f) => f.description, (f) => f.openingHours, (f) => f.wheelchair, (f) => f.status, (f) => f.operatorId,
      (f) => f.lastVerifiedAt]);
  onProgress(`${data.facilities.length} facilities`);

  await insertBatches(client, data.services,
    `INSERT INTO service (id, organization_id, name, description, languages, cost, cost_text, access, eligibility, phone)
     SELECT id, org, name, description, string_to_array(langs, ','), cost, cost_text, string_to_array(access, ',')::"AccessRoute"[], eligibility, phone
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::"Cost"[], $7::text[], $8::text[], $9::text[], $10::text[])
       AS t(id, org, name, description, langs, cost, cost_text, access, eligibility, phone)`,
    [(s) => s.id, (s) => s.organizationId, (s) => s.name, (s) => s.description, (s) => s.languages.join(","), (s) => s.cost,
      (s) => s.costText, (s) => s.access.join(","), (s) => s.eligibility, (s) => s.phone]);
  const terms = data.services.flatMap((s) => s.terms.map((t) => [s.id, t] as const));
  await insertBatches(client, terms,
    `INSERT INTO service_term (service_id, term_code) SELECT * FROM unnest($1::uuid[], $2::text[])`,
    [(t) => t[0], (t) => t[1]]);
  onProgress(`${data.services.length} services`);

  await insertBatches(client, data.serviceAtLocation,
    `INSERT INTO service_at_location (service_id, facility_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    [(x) => x[0], (x) => x[1]]);
  onProgress(`${data.serviceAtLocation.length} services at locations`);

  // Building the GiST index once over all rows is much faster than growing it row by row.
  await client.query("DROP INDEX IF EXISTS facility_search_term_pt_idx");
  const { rows } = await client.query<{ n: number }>("SELECT refresh_facility_search(NULL) AS n");
  await client.query("CREATE INDEX facility_search_term_pt_idx ON facility_search USING gist (term, pt)");
  await client.query("ANALYZE");
  onProgress(`${rows[0]?.n ?? 0} search rows indexed`);
}
