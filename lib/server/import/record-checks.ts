import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import { getGeocoder } from "../../geocoder";
import { checkFields, missingForNew } from "../../import/normalise";
import { w, type FacilityRecord, type Issue, type Report } from "../../import/types";
import type { TFacilityPatch } from "../../schemas/edit";
import { servicesNeedOrganization, unknownService, type Term } from "./services-at";
import type { ImportActor, NewFacility } from "./write-records";

// A record's checks before anything is written: its fields (the edit layer's schema), its external id once in the
// file, its services and organisation, and for a new facility the fields it needs and a point.

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

export type Checked = { r: FacilityRecord; patch: TFacilityPatch; operatorId: string | null; codes: string[] };

/** Third-party data (OSM) cannot be fixed in the file: a bad field is left out and a record without an address is
 *  skipped, each with a warning. The importer's own files must be right: errors. */
const lenient = (r: FacilityRecord) => r.info.source === "osm";

const geocoded = new Map<string, Promise<{ lat: number; lng: number; gemeenteCode: string | null } | null>>();
/** The postcode's point and gemeente; `gemeenteOnly`: the record has its own point, so the PC4 answers it (one
 *  lookup per PC4, not per address). */
export function locate(postcode: string, gemeenteOnly = false) {
  const pc = gemeenteOnly ? postcode.slice(0, 4) : postcode.replace(" ", "");
  let hit = geocoded.get(pc);
  if (!hit) {
    hit = getGeocoder().postcode({ pc4: pc.slice(0, 4), pc6: pc.length === 6 ? pc : null });
    geocoded.set(pc, hit);
  }
  return hit;
}

export async function check(ctx: ChunkContext, r: FacilityRecord): Promise<Checked | null> {
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
  const operatorId = r.operatorId !== undefined ? r.operatorId : await ctx.operatorOf(r);
  if (r.services.length && !operatorId) ctx.error(servicesNeedOrganization(r.at));
  return { r, patch, operatorId, codes: codes.filter((c): c is string => c !== null) };
}

/** A new record made whole: type by default, a point from the postcode when the file has none. */
export async function prepareNew(ctx: ChunkContext, c: Checked): Promise<NewFacility | null> {
  const missing = missingForNew(c.r, c.patch);
  if (missing.length) {
    if (lenient(c.r)) missing.forEach(ctx.warn);
    else missing.forEach(ctx.error);
    return null;
  }
  const patch = { type: "anders" as const, ...c.patch } as NewFacility["patch"];
  let approximate = false;
  if (patch.lat === undefined || patch.lng === undefined || patch.gemeente_code === undefined) {
    const hasPoint = patch.lat !== undefined && patch.lng !== undefined;
    const hit = await locate(patch.postcode, hasPoint);
    if (!hit && !hasPoint) {
      const say = lenient(c.r) ? ctx.warn : ctx.error;
      say({
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
