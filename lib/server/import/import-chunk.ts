import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import type { FacilityRecord } from "../../import/types";
import { diff, effectivePatch } from "../edit/entity";
import { duplicateOf, duplicatesWithin, findDuplicates } from "./duplicates";
import { check, locate, prepareNew, type Checked, type ChunkContext } from "./record-checks";
import { listed } from "./report";
import { offerServices } from "./services-at";
import {
  insertFacilities,
  insertRefs,
  insertRevisions,
  newSnapshot,
  snapshots,
  updateFacility,
  type NewFacility,
  type RevisionRow,
} from "./write-records";

export type { ChunkContext } from "./record-checks";

// One chunk of records through the checks and into the import's transaction: existing listings (by external id)
// get their changed fields, new ones are located, checked for duplicates and inserted.

/** The chunk's records that already have a listing, by external id: facility id per key. */
async function existingByKey(tx: Prisma.TransactionClient, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<{ key: string; id: string }[]>(
    "SELECT key, entity_id::text AS id FROM external_ref WHERE key = ANY($1::text[]) AND entity_type = 'facility'",
    keys,
  );
  return new Map(rows.map((r) => [r.key, r.id]));
}

async function changeExisting(
  ctx: ChunkContext,
  c: Checked,
  id: string,
  current: { snapshot: Record<string, unknown>; version: number },
) {
  const patch = { ...c.patch };
  let approximate: boolean | null = null;
  // A moved address without coordinates: the point follows the postcode (approximate), as in the forms.
  if (patch.postcode !== undefined && patch.postcode !== current.snapshot.postcode && patch.lat === undefined) {
    const hit = await locate(patch.postcode);
    if (hit)
      Object.assign(patch, { lat: hit.lat, lng: hit.lng }, hit.gemeenteCode ? { gemeente_code: hit.gemeenteCode } : {});
    approximate = hit !== null;
  }
  const effective = effectivePatch(current.snapshot, patch);
  if (Object.keys(effective).length === 0) return null;
  if (!(await updateFacility(ctx.tx, id, current.version, effective, approximate)))
    throw new Error(`facility ${id} changed during the import`);
  const after = { ...current.snapshot, ...effective };
  listed(
    ctx.report.changes,
    { record: c.r.at, facility: id, fields: diff(current.snapshot, after) },
    ctx.report.totals,
    "changes",
  );
  return { id, version: current.version + 1, action: "import", before: current.snapshot, after } satisfies RevisionRow;
}

export async function importChunk(ctx: ChunkContext, records: FacilityRecord[]): Promise<void> {
  const { tx, report } = ctx;
  report.records += records.length;
  const checked = (await Promise.all(records.map((r) => check(ctx, r)))).filter((c): c is Checked => c !== null);
  const known = await existingByKey(
    tx,
    checked.flatMap((c) => (c.r.key ? [c.r.key] : [])),
  );
  const current = await snapshots(tx, [...known.values()]);
  const revisions: RevisionRow[] = [];
  const fresh: { c: Checked; n: NewFacility }[] = [];
  const serviceAt: { c: Checked; id: string }[] = [];
  for (const c of checked) {
    const id = c.r.key ? known.get(c.r.key) : undefined;
    const cur = id ? current.get(id) : undefined;
    if (id && cur) {
      const rev = await changeExisting(ctx, c, id, cur);
      if (rev) {
        revisions.push(rev);
        ctx.touched.add(id);
        report.changed++;
      } else report.unchanged++;
      serviceAt.push({ c, id });
    } else {
      const n = await prepareNew(ctx, c);
      if (n) fresh.push({ c, n });
      else report.skipped++;
    }
  }
  const kept = await withoutDuplicates(ctx, fresh);
  const ids = await insertFacilities(
    tx,
    kept.map((k) => k.n),
    ctx.now,
  );
  ids.forEach((id, i) => {
    const k = kept[i]!;
    ctx.touched.add(id);
    serviceAt.push({ c: k.c, id });
    revisions.push({ id, version: 1, action: "create", before: null, after: newSnapshot(k.n) });
  });
  report.new += ids.length;
  await insertRefs(
    tx,
    ids.flatMap((id, i) => (kept[i]!.n.key ? [{ key: kept[i]!.n.key!, id, info: kept[i]!.n.info }] : [])),
  );
  await linkServices(ctx, serviceAt);
  await insertRevisions(tx, ctx.actor, revisions);
}

async function withoutDuplicates(ctx: ChunkContext, fresh: { c: Checked; n: NewFacility }[]) {
  if (ctx.allowDuplicates) return fresh;
  const cands = fresh.map((f) => ({ at: f.c.r.at, patch: f.n.patch, bagId: f.n.bagId }));
  const inDb = await findDuplicates(ctx.tx, cands);
  const within = duplicatesWithin(cands);
  return fresh.filter((f, i) => {
    const dup =
      inDb.get(i) ??
      (within.has(i)
        ? duplicateOf(f.c.r.at, within.get(i)!.reason, {
            id: "",
            slug: "",
            name: `${fresh[within.get(i)!.first]!.n.patch.name} (${fresh[within.get(i)!.first]!.c.r.at})`,
          })
        : undefined);
    if (!dup) return true;
    listed(ctx.report.duplicates, dup, ctx.report.totals, "duplicates");
    ctx.report.skipped++;
    return false;
  });
}

async function linkServices(ctx: ChunkContext, at: { c: Checked; id: string }[]) {
  const wanted = new Map<string, { organizationId: string; code: string; facilityIds: string[] }>();
  for (const { c, id } of at) {
    if (!c.operatorId) continue;
    for (const code of c.codes) {
      const k = `${c.operatorId}|${code}`;
      const entry = wanted.get(k) ?? { organizationId: c.operatorId, code, facilityIds: [] };
      entry.facilityIds.push(id);
      wanted.set(k, entry);
    }
  }
  await offerServices(ctx.tx, ctx.actor, [...wanted.values()], ctx.terms);
}
