import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import type { SourceInfo } from "../../import/types";
import type { TFacilityPatch } from "../../schemas/edit";
import { slugify } from "../../slug";
import { loadProgrammes } from "../activities/load-programme";
import { pick, toColumns, type Snapshot } from "../edit/entity";
import { FACILITY_FIELDS, newFacilityColumns } from "../edit/facility-entity";
import { json } from "../edit/revision-store";

// The writes of an import, in bulk and inside its one transaction: new facilities (one INSERT a chunk), changed
// fields of existing ones (the edit layer's version check and column map), their external ids with licence, and a
// revision for each — the same before/after snapshots the forms and the API write, with the import named as actor.

export type ImportActor = { id: string | null; label: string };
export type NewFacility = {
  patch: TFacilityPatch &
    Required<Pick<TFacilityPatch, "name" | "type" | "street" | "house_number" | "postcode" | "place">>;
  key: string | null;
  bagId: string | null;
  approximate: boolean;
  operatorId: string | null;
  info: SourceInfo;
};

/** Free slugs for the names (name + place), checked against facilities and old slugs of merged ones. */
async function freeSlugs(tx: Prisma.TransactionClient, bases: string[]): Promise<string[]> {
  const tries = bases.flatMap((b) => [b, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${b}-${n}`)]);
  const taken = new Set(
    (
      await tx.$queryRawUnsafe<{ slug: string }[]>(
        `SELECT slug FROM facility WHERE slug = ANY($1::text[])
         UNION SELECT old_slug FROM facility_slug_redirect WHERE old_slug = ANY($1::text[])`,
        tries,
      )
    ).map((r) => r.slug),
  );
  return bases.map((b) => {
    const slug =
      [b, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${b}-${n}`)].find((s) => !taken.has(s)) ??
      `${b}-${crypto.randomUUID().slice(0, 8)}`;
    taken.add(slug);
    return slug;
  });
}

const col = <T>(items: NewFacility[], f: (n: NewFacility) => T) => items.map(f);

/** Inserts the new facilities; returns their ids in order. */
export async function insertFacilities(
  tx: Prisma.TransactionClient,
  items: NewFacility[],
  now: Date,
): Promise<string[]> {
  if (items.length === 0) return [];
  const slugs = await freeSlugs(
    tx,
    items.map((n) => slugify(`${n.patch.name} ${n.patch.place}`).slice(0, 80) || "locatie"),
  );
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO facility (slug, name, type, street, house_number, house_number_addition, postcode, place, gemeente_code,
       lat, lng, phone, email, website, description, opening_hours, wheelchair, operator_id, bag_id,
       location_approximate, last_verified_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::"FacilityType"[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::float8[], $11::float8[], $12::text[], $13::text[], $14::text[], $15::text[],
       $16::text[], $17::"Wheelchair"[], $18::uuid[], $19::text[], $20::bool[], $21::timestamptz[])
     RETURNING id::text`,
    slugs,
    col(items, (n) => n.patch.name),
    col(items, (n) => n.patch.type),
    col(items, (n) => n.patch.street),
    col(items, (n) => n.patch.house_number),
    col(items, (n) => n.patch.house_number_addition ?? null),
    col(items, (n) => n.patch.postcode),
    col(items, (n) => n.patch.place),
    col(items, (n) => n.patch.gemeente_code ?? ""),
    col(items, (n) => n.patch.lat ?? 0),
    col(items, (n) => n.patch.lng ?? 0),
    col(items, (n) => n.patch.phone ?? null),
    col(items, (n) => n.patch.email ?? null),
    col(items, (n) => n.patch.website ?? null),
    col(items, (n) => n.patch.description ?? ""),
    col(items, (n) => n.patch.opening_hours ?? null),
    col(items, (n) => n.patch.wheelchair ?? "unknown"),
    col(items, (n) => n.operatorId),
    col(items, (n) => n.bagId),
    col(items, (n) => n.approximate),
    col(items, () => now.toISOString()),
  );
  return rows.map((r) => r.id);
}

/** A new facility's snapshot as the edit layer would read it back (pick(row, FACILITY_FIELDS)): built from what
 *  was inserted, so a 600k import does not read every row back. tests/integration/import.test.ts checks they agree. */
export function newSnapshot(n: NewFacility): Snapshot {
  const row = newFacilityColumns(n.patch);
  return { ...pick(row, FACILITY_FIELDS), activities: [] };
}

/** The listing fields of facilities, as the edit layer's snapshots (for revisions and for comparing). */
export async function snapshots(
  tx: Prisma.TransactionClient,
  ids: string[],
): Promise<Map<string, { snapshot: Snapshot; version: number }>> {
  if (ids.length === 0) return new Map();
  // Raw SQL: Prisma's `id IN (…1000 values)` planned badly inside the import's transaction (seconds a chunk). The
  // API field names are the column names, so the row is the snapshot (tests check it equals the entity's).
  const columns = Object.keys(FACILITY_FIELDS).join(", ");
  const rows = await tx.$queryRawUnsafe<({ id: string; version: number } & Snapshot)[]>(
    `SELECT id::text AS id, version, ${columns}, type::text AS type, wheelchair::text AS wheelchair, status::text AS status
     FROM facility WHERE id = ANY($1::uuid[])`,
    ids,
  );
  const programmes = await loadProgrammes(tx, ids);
  return new Map(
    rows.map(({ id, version, ...row }) => [
      id,
      {
        snapshot: {
          ...pick(row, Object.fromEntries(Object.keys(FACILITY_FIELDS).map((k) => [k, k]))),
          activities: programmes.get(id) ?? [],
        },
        version,
      },
    ]),
  );
}

export async function insertRefs(
  tx: Prisma.TransactionClient,
  refs: { key: string; id: string; info: SourceInfo }[],
): Promise<void> {
  if (refs.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO external_ref (key, entity_type, entity_id, source, licence, attribution)
     SELECT k, 'facility', id, s, l, a FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[]) u(k, id, s, l, a)`,
    refs.map((r) => r.key),
    refs.map((r) => r.id),
    refs.map((r) => r.info.source),
    refs.map((r) => r.info.licence ?? null),
    refs.map((r) => r.info.attribution ?? null),
  );
}

/** Writes the changed fields of an existing facility over the version read; false when it moved on meanwhile. */
export async function updateFacility(
  tx: Prisma.TransactionClient,
  id: string,
  version: number,
  patch: TFacilityPatch,
  approximate: boolean | null,
): Promise<boolean> {
  const { count } = await tx.facility.updateMany({
    where: { id, version },
    data: {
      ...toColumns(patch, FACILITY_FIELDS),
      ...(approximate === null ? {} : { locationApproximate: approximate }),
      version: { increment: 1 },
    },
  });
  return count === 1;
}

export type RevisionRow = { id: string; version: number; action: string; before: Snapshot | null; after: Snapshot };

/** One revision per written facility, in one INSERT (the last write of each chunk; see revision-store.ts). */
export async function insertRevisions(
  tx: Prisma.TransactionClient,
  actor: ImportActor,
  rows: RevisionRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO revision (entity_type, entity_id, version, action, actor_id, actor_label, before, after)
     SELECT 'facility', id, v, a, $5, $6, b, af FROM unnest($1::uuid[], $2::int[], $3::text[], $4::jsonb[], $7::jsonb[]) u(id, v, a, b, af)`,
    rows.map((r) => r.id),
    rows.map((r) => r.version),
    rows.map((r) => r.action),
    rows.map((r) => (r.before === null ? null : JSON.stringify(json(r.before)))),
    actor.id,
    actor.label,
    rows.map((r) => JSON.stringify(json(r.after))),
  );
}
