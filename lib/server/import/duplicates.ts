import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import { w, type Duplicate } from "../../import/types";
import type { TFacilityPatch } from "../../schemas/edit";

// Is a new record a facility we already have? On import and on "Nieuwe locatie": the same BAG id; the same postcode
// and house number (with addition); or within 75 m with a similar name (trigram similarity ≥ 0.5). Checked against
// the database — rows this import wrote earlier in its transaction included — and among the records of one chunk.

export type Candidate = { at: string; patch: TFacilityPatch; bagId: string | null };
type Row = { i: number; id: string; slug: string; name: string };

export const NEAR_METRES = 75;
export const SIMILAR_NAME = 0.5;

const WHY = {
  bag_id: w("zelfde BAG-id", "same BAG id"),
  address: w("zelfde postcode en huisnummer", "same postcode and house number"),
  nearby_name: w(`binnen ${NEAR_METRES} m, met een gelijkende naam`, `within ${NEAR_METRES} m, with a similar name`),
  external_id: w("zelfde externe id", "same external id"),
} as const;

export const duplicateOf = (at: string, reason: Duplicate["reason"], existing: Duplicate["existing"]): Duplicate => ({
  record: at,
  existing,
  reason,
  why: WHY[reason],
});

/** For each candidate (by index) the first existing facility it duplicates, with the reason. */
export async function findDuplicates(
  tx: Prisma.TransactionClient,
  cands: Candidate[],
): Promise<Map<number, Duplicate>> {
  const found = new Map<number, Duplicate>();
  const note = (rows: Row[], reason: Duplicate["reason"]) => {
    for (const r of rows) {
      const c = cands[r.i - 1];
      if (c && !found.has(r.i - 1))
        found.set(r.i - 1, duplicateOf(c.at, reason, { id: r.id, slug: r.slug, name: r.name }));
    }
  };
  if (cands.length === 0) return found;
  note(
    await tx.$queryRawUnsafe<Row[]>(
      `SELECT u.i::int AS i, f.id::text AS id, f.slug, f.name
       FROM unnest($1::text[]) WITH ORDINALITY u(bag, i) JOIN facility f ON f.bag_id = u.bag WHERE u.bag IS NOT NULL`,
      cands.map((c) => c.bagId),
    ),
    "bag_id",
  );
  note(
    await tx.$queryRawUnsafe<Row[]>(
      `SELECT u.i::int AS i, f.id::text AS id, f.slug, f.name
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY u(pc, nr, add, i)
       JOIN facility f ON f.postcode = u.pc AND f.house_number = u.nr AND coalesce(f.house_number_addition, '') = u.add`,
      cands.map((c) => c.patch.postcode ?? null),
      cands.map((c) => c.patch.house_number ?? null),
      cands.map((c) => c.patch.house_number_addition ?? ""),
    ),
    "address",
  );
  note(
    await tx.$queryRawUnsafe<Row[]>(
      `SELECT u.i::int AS i, n.id::text AS id, n.slug, n.name
       FROM unnest($1::float8[], $2::float8[], $3::text[]) WITH ORDINALITY u(lat, lng, name, i)
       CROSS JOIN LATERAL (SELECT laea_3035(u.lat, u.lng) AS p) q
       CROSS JOIN LATERAL (
         SELECT f.id, f.slug, f.name FROM facility f
         WHERE f.pt <@ box(point(q.p[0] - ${NEAR_METRES}, q.p[1] - ${NEAR_METRES}), point(q.p[0] + ${NEAR_METRES}, q.p[1] + ${NEAR_METRES}))
           AND f.pt <-> q.p <= ${NEAR_METRES} AND similarity(f.name, u.name) >= ${SIMILAR_NAME}
         ORDER BY similarity(f.name, u.name) DESC LIMIT 1) n
       WHERE u.lat IS NOT NULL`,
      cands.map((c) => c.patch.lat ?? null),
      cands.map((c) => c.patch.lng ?? null),
      cands.map((c) => c.patch.name ?? ""),
    ),
    "nearby_name",
  );
  return found;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const metres = (a: TFacilityPatch, b: TFacilityPatch) =>
  Math.hypot(((a.lat ?? 0) - (b.lat ?? 0)) * 111_320, ((a.lng ?? 0) - (b.lng ?? 0)) * 68_000);

/** Duplicates among one chunk's new records (the database cannot see them until they are written together). */
export function duplicatesWithin(cands: Candidate[]): Map<number, { first: number; reason: Duplicate["reason"] }> {
  const out = new Map<number, { first: number; reason: Duplicate["reason"] }>();
  const byBag = new Map<string, number>();
  const byAddress = new Map<string, number>();
  const byName = new Map<string, number[]>();
  cands.forEach((c, i) => {
    const addr = `${c.patch.postcode}|${c.patch.house_number}|${c.patch.house_number_addition ?? ""}`;
    const name = fold(c.patch.name ?? "");
    const bagFirst = c.bagId ? byBag.get(c.bagId) : undefined;
    const addrFirst = byAddress.get(addr);
    const near = (byName.get(name) ?? []).find((j) => metres(cands[j]!.patch, c.patch) <= NEAR_METRES);
    if (bagFirst !== undefined) out.set(i, { first: bagFirst, reason: "bag_id" });
    else if (addrFirst !== undefined) out.set(i, { first: addrFirst, reason: "address" });
    else if (near !== undefined) out.set(i, { first: near, reason: "nearby_name" });
    else {
      if (c.bagId) byBag.set(c.bagId, i);
      byAddress.set(addr, i);
      byName.set(name, [...(byName.get(name) ?? []), i]);
    }
  });
  return out;
}
