import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import { getGeocoder } from "../../geocoder";
import { checkFields, missingForNew } from "../../import/normalise";
import { w, type FacilityRecord, type Issue, type Report } from "../../import/types";
import type { TFacilityPatch } from "../../schemas/edit";
import { diff, effectivePatch } from "../edit/entity";
import { duplicateOf, duplicatesWithin, findDuplicates } from "./duplicates";
import { listed } from "./report";
import { offerServices, servicesNeedOrganization, unknownService, type Term } from "./services-at";
import {
  insertFacilities,
  insertRefs,
  insertRevisions,
  snapshots,
  updateFacility,
  type ImportActor,
  type NewFacility,
  type RevisionRow,
} from "./write-records";

// One chunk of records through the checks and into the import's transaction: existing listings (by external id)
// get their changed fields, new ones are located, checked for duplicates and inserted.

export type ChunkContext = {
  tx: Prisma.TransactionClient;
  report: Report;
  actor: ImportActor;
  now: Date;
  error: (i: Issue) => void;
  warn: (i: Issue) => void;
  /** the organisation for every record (--org), else found by the name or slug a record gives */
  operatorOf: (r: FacilityRecord) => Promise<string | null>;
  termOf: (word: string) => string | null;
  terms: Map<string, Term>;
  seenKeys: Map<string, string>;
  touched: Set<string>;
  allowDuplicates: boolean;
};

type Checked = { r: FacilityRecord; patch: TFacilityPatch; operatorId: string | null; codes: string[] };

/** Third-party data (OSM) cannot be fixed in the file: a bad field is left out and a record without an address is
 *  skipped, each with a warning. The importer's own files must be right: errors. */
const lenient = (r: FacilityRecord) => r.info.source === "osm";

const geocoded = new Map<string, Promise<{ lat: number; lng: number; gemeenteCode: string | null } | null>>();
function locate(postcode: string) {
  const pc = postcode.replace(" ", "");
  let hit = geocoded.get(pc);
  if (!hit) {
    hit = getGeocoder().postcode({ pc4: pc.slice(0, 4), pc6: pc.length === 6 ? pc : null });
    geocoded.set(pc, hit);
  }
  return hit;
}

async function check(ctx: ChunkContext, r: FacilityRecord): Promise<Checked | null> {
  const { patch, errors } = checkFields(r);
  if (errors.length && !lenient(r)) return (errors.forEach(ctx.error), null);
  errors.forEach(ctx.warn); // lenient: the bad fields are left out
  if (r.key) {
    const first = ctx.seenKeys.get(r.key);
    if (first) {
      ctx.error({
        record: r.at,
        field: "extern_id",
        message: w(`${r.key} staat al op ${first}.`, `${r.key} is already on ${first}.`),
      });
      return null;
    }
    ctx.seenKeys.set(r.key, r.at);
  }
  const codes = r.services.map((s) => ctx.termOf(s));
  r.services.forEach((s, i) => codes[i] === null && ctx.error(unknownService(r.at, s)));
  const operatorId = await ctx.operatorOf(r);
  if (r.services.length && !operatorId) ctx.error(servicesNeedOrganization(r.at));
  return { r, patch, operatorId, codes: codes.filter((c): c is string => c !== null) };
}

/** The chunk's records that already have a listing, by external id: facility id per key. */
async function existingByKey(tx: Prisma.TransactionClient, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.externalRef.findMany({
    where: { key: { in: keys }, entityType: "facility" },
    select: { key: true, entityId: true },
  });
  return new Map(rows.map((r) => [r.key, r.entityId]));
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

/** A new record made whole: type by default, a point from the postcode when the file has none. */
async function prepareNew(ctx: ChunkContext, c: Checked): Promise<NewFacility | null> {
  const missing = missingForNew(c.r, c.patch);
  if (missing.length) {
    if (lenient(c.r)) missing.forEach(ctx.warn);
    else missing.forEach(ctx.error);
    return null;
  }
  const patch = { type: "anders" as const, ...c.patch } as NewFacility["patch"];
  let approximate = false;
  if (patch.lat === undefined || patch.lng === undefined || patch.gemeente_code === undefined) {
    const hit = await locate(patch.postcode);
    if (!hit && (patch.lat === undefined || patch.lng === undefined)) {
      (lenient(c.r) ? ctx.warn : ctx.error)({
        record: c.r.at,
        field: "postcode",
        message: w(
          "postcode: deze kennen we niet en er staan geen coördinaten (lat, lng) bij.",
          "postcode: unknown, and the record has no coordinates (lat, lng).",
        ),
      });
      return null;
    }
    if (hit && (patch.lat === undefined || patch.lng === undefined)) {
      Object.assign(patch, { lat: hit.lat, lng: hit.lng });
      approximate = true;
    }
    if (hit?.gemeenteCode && patch.gemeente_code === undefined) patch.gemeente_code = hit.gemeenteCode;
  }
  return { patch, key: c.r.key, bagId: c.r.bagId, approximate, operatorId: c.operatorId, info: c.r.info };
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
      if (rev) (revisions.push(rev), ctx.touched.add(id), report.changed++);
      else report.unchanged++;
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
  const made = await snapshots(tx, ids);
  ids.forEach((id, i) => {
    const k = kept[i]!;
    ctx.touched.add(id);
    serviceAt.push({ c: k.c, id });
    revisions.push({ id, version: 1, action: "create", before: null, after: made.get(id)?.snapshot ?? {} });
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
