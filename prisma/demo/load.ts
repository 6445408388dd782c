import type pg from "pg";

import { LAST_CHECKED, SEASON_START } from "./activities";
import type { DemoData } from "./generate";

// Writes generated demo data with batched `INSERT … SELECT FROM unnest(…)` (one round trip per batch), then builds
// the search index once. Nested arrays travel as comma-joined text, since unnest() flattens 2-D arrays.

const BATCH = 10000;

/**
 * Runs `fn` with the table's secondary indexes and foreign keys dropped, then re-creates them from their exact
 * catalog definitions: building an index or validating a key once over all rows is far faster than row by row.
 * All inside the caller's transaction, so a failure leaves the schema as it was.
 */
async function withoutIndexesAndKeys(
  client: pg.ClientBase,
  table: string,
  fn: () => Promise<void>,
  opts: { primaryKey?: boolean } = {},
): Promise<void> {
  const { rows: indexes } = await client.query<{ name: string; def: string; constraint: string | null }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def, c.conname AS constraint
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid LEFT JOIN pg_constraint c ON c.conindid = i.oid AND c.conrelid = x.indrelid
     WHERE x.indrelid = $1::regclass AND ($2 OR NOT x.indisprimary)`,
    [table, opts.primaryKey ?? false],
  );
  const kind = (name: string) =>
    indexes.find((i) => i.name === name && i.constraint) ? (name.endsWith("_pkey") ? "PRIMARY KEY" : "UNIQUE") : null;
  const { rows: keys } = await client.query<{ name: string; def: string }>(
    "SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'",
    [table],
  );
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  for (const k of keys) await client.query(`ALTER TABLE ${quoted(table)} DROP CONSTRAINT ${quoted(k.name)}`);
  for (const i of indexes) {
    await client.query(
      i.constraint
        ? `ALTER TABLE ${quoted(table)} DROP CONSTRAINT ${quoted(i.constraint)}`
        : `DROP INDEX ${quoted(i.name)}`,
    );
  }
  await fn();
  for (const i of indexes) {
    await client.query(i.def);
    if (i.constraint)
      await client.query(
        `ALTER TABLE ${quoted(table)} ADD CONSTRAINT ${quoted(i.constraint)} ${kind(i.name)} USING INDEX ${quoted(i.name)}`,
      );
  }
  for (const k of keys) await client.query(`ALTER TABLE ${quoted(table)} ADD CONSTRAINT ${quoted(k.name)} ${k.def}`);
}

async function insertBatches<T>(
  client: pg.ClientBase,
  rows: T[],
  sql: string,
  columns: ((r: T) => unknown)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    await client.query(
      sql,
      columns.map((col) => chunk.map(col)),
    );
  }
}

export async function loadDemoData(
  client: pg.ClientBase,
  data: DemoData,
  report: (msg: string) => void = () => {},
): Promise<void> {
  // Generous memory for this transaction's sorts, hash aggregates and the GiST build (local to the transaction).
  await client.query("SET LOCAL work_mem = '256MB'");
  await client.query("SET LOCAL maintenance_work_mem = '1GB'");
  let last = Date.now();
  const onProgress = (msg: string) => {
    report(`${msg} (${((Date.now() - last) / 1000).toFixed(1)} s)`);
    last = Date.now();
  };
  await insertBatches(
    client,
    data.organizations,
    `INSERT INTO organization (id, slug, name, description, website, email, phone, is_member, service_area)
     SELECT id, slug, name, description, website, email, phone, is_member, string_to_array(area, ',')
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::text[])
       AS t(id, slug, name, description, website, email, phone, is_member, area)`,
    [
      (o) => o.id,
      (o) => o.slug,
      (o) => o.name,
      (o) => o.description,
      (o) => o.website,
      (o) => o.email,
      (o) => o.phone,
      (o) => o.isMember,
      (o) => o.serviceArea.join(","),
    ],
  );
  onProgress(`${data.organizations.length} organisations`);

  await withoutIndexesAndKeys(client, "facility", () =>
    insertBatches(
      client,
      data.facilities,
      `INSERT INTO facility (id, slug, name, type, street, house_number, house_number_addition, postcode, place, gemeente_code,
       lat, lng, phone, email, website, description, opening_hours, wheelchair, status, operator_id, last_verified_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::"FacilityType"[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::float8[], $12::float8[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
       $18::"Wheelchair"[], $19::"FacilityStatus"[], $20::uuid[], $21::timestamptz[])`,
      [
        (f) => f.id,
        (f) => f.slug,
        (f) => f.name,
        (f) => f.type,
        (f) => f.street,
        (f) => f.houseNumber,
        (f) => f.houseNumberAddition,
        (f) => f.postcode,
        (f) => f.place,
        (f) => f.gemeenteCode,
        (f) => f.lat,
        (f) => f.lng,
        (f) => f.phone,
        (f) => f.email,
        (f) => f.website,
        (f) => f.description,
        (f) => f.openingHours,
        (f) => f.wheelchair,
        (f) => f.status,
        (f) => f.operatorId,
        (f) => f.lastVerifiedAt,
      ],
    ),
  );
  onProgress(`${data.facilities.length} facilities`);

  await insertBatches(
    client,
    data.services,
    `INSERT INTO service (id, organization_id, name, description, languages, cost, cost_text, access, eligibility, phone)
     SELECT id, org, name, description, string_to_array(langs, ','), cost, cost_text, string_to_array(access, ',')::"AccessRoute"[], eligibility, phone
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::"Cost"[], $7::text[], $8::text[], $9::text[], $10::text[])
       AS t(id, org, name, description, langs, cost, cost_text, access, eligibility, phone)`,
    [
      (s) => s.id,
      (s) => s.organizationId,
      (s) => s.name,
      (s) => s.description,
      (s) => s.languages.join(","),
      (s) => s.cost,
      (s) => s.costText,
      (s) => s.access.join(","),
      (s) => s.eligibility,
      (s) => s.phone,
    ],
  );
  const terms = data.services.flatMap((s) => s.terms.map((t) => [s.id, t] as const));
  await insertBatches(
    client,
    terms,
    `INSERT INTO service_term (service_id, term_code) SELECT * FROM unnest($1::uuid[], $2::text[])`,
    [(t) => t[0], (t) => t[1]],
  );
  onProgress(`${data.services.length} services`);

  await withoutIndexesAndKeys(client, "service_at_location", () =>
    insertBatches(
      client,
      data.serviceAtLocation,
      `INSERT INTO service_at_location (service_id, facility_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [(x) => x[0], (x) => x[1]],
    ),
  );
  onProgress(`${data.serviceAtLocation.length} services at locations`);

  await withoutIndexesAndKeys(client, "activity", () =>
    insertBatches(
      client,
      data.activities,
      `INSERT INTO activity (id, facility_id, name, summary, kind, audiences, languages, cost, cost_text, registration,
       registration_text, rrule, start_minute, end_minute, valid_from, skip_holidays, freq, step, weekdays, month_days,
       last_verified_at, lat, lng, pt, listed)
     SELECT t.id, fac, t.name, summary, kind, string_to_array(aud, ','), string_to_array(langs, ','), cost, cost_text,
       reg, reg_text, rrule, sm, em, '${SEASON_START}'::date, skip, freq, step, weekdays, string_to_array(md, ',')::int[],
       '${LAST_CHECKED}'::timestamptz, f.lat, f.lng, f.pt, f.status = 'active'
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::"Cost"[],
       $9::text[], $10::text[], $11::text[], $12::text[], $13::int[], $14::int[], $15::bool[], $16::text[], $17::int[],
       $18::int[], $19::text[])
       AS t(id, fac, name, summary, kind, aud, langs, cost, cost_text, reg, reg_text, rrule, sm, em, skip, freq, step,
         weekdays, md)
     JOIN facility f ON f.id = t.fac`,
      [
        (a) => a.id,
        (a) => a.facilityId,
        (a) => a.name,
        (a) => a.summary,
        (a) => a.kind,
        (a) => a.audiences.join(","),
        (a) => a.languages.join(","),
        (a) => a.cost,
        (a) => a.costText,
        (a) => a.registration,
        (a) => a.registrationText,
        (a) => a.rrule,
        (a) => a.startMinute,
        (a) => a.endMinute,
        (a) => a.skipHolidays,
        (a) => a.freq,
        (a) => a.step,
        (a) => a.weekdays,
        (a) => a.monthDays.join(","),
      ],
    ),
  );
  const cancelled = data.activities.flatMap((a) => (a.cancelled ? [{ id: a.id, ...a.cancelled }] : []));
  await insertBatches(
    client,
    cancelled,
    `INSERT INTO activity_exception (activity_id, day, kind, reason)
     SELECT id, day, 'cancelled', reason FROM unnest($1::uuid[], $2::date[], $3::text[]) AS t(id, day, reason)`,
    [(c) => c.id, (c) => c.day, (c) => c.reason],
  );
  onProgress(`${data.activities.length} activities`);

  let n = 0;
  await withoutIndexesAndKeys(
    client,
    "facility_search",
    async () => {
      n = (await client.query<{ n: number }>("SELECT refresh_facility_search(NULL) AS n")).rows[0]?.n ?? 0;
      onProgress(`${n} search rows`);
    },
    { primaryKey: true },
  );
  onProgress("search indexes built");
  await client.query("ANALYZE");
  onProgress("statistics updated");
}
