import "server-only";

import type { Prisma } from "../../generated/prisma/client";
import type { HsdsGraph, HsdsService, HsdsTerm } from "../../import/hsds/graph";
import { openingHoursOf } from "../../import/hsds/schedules";
import { w } from "../../import/types";
import { issueMessage } from "../../schemas/common";
import { ZServicePatch } from "../../schemas/edit";
import { effectivePatch, type Entity, type Snapshot } from "../edit/entity";
import { serviceEntity } from "../edit/service-entity";
import { refOf, revision } from "./hsds-refs";
import type { ChunkContext } from "./record-checks";

// An HSDS file's services: terms mapped onto ours, offered at the facilities its locations became, with the hours
// of each service_at_location; created or changed through the service entity, a revision each.

export type HsdsTerms = { resolve: (t: HsdsTerm) => { code: string; kind: "service" | "audience" } | null };

/** Another taxonomy's terms onto ours: first the mapping table (by the term's id, code or name), then our own codes
 *  and names (a file that uses Buurtwijzer's taxonomy needs no mapping). */
export async function hsdsTerms(tx: Prisma.TransactionClient): Promise<HsdsTerms> {
  const ours = await tx.taxonomyTerm.findMany({ select: { code: true, kind: true, labelNl: true, labelEn: true } });
  const kind = new Map(ours.map((t) => [t.code, t.kind]));
  const byWord = new Map<string, string>();
  for (const t of ours) for (const word of [t.code, t.labelNl, t.labelEn]) byWord.set(word.toLowerCase(), t.code);
  for (const m of await tx.taxonomyMapping.findMany()) byWord.set(m.term.toLowerCase(), m.code);
  return {
    resolve(t) {
      for (const word of [t.id, t.code, t.name]) {
        const code = word ? byWord.get(word.toLowerCase().trim()) : undefined;
        const k = code ? kind.get(code) : undefined;
        if (code && k) return { code, kind: k };
      }
      return null;
    },
  };
}

function servicePatch(
  ctx: ChunkContext,
  s: HsdsService,
  terms: HsdsTerms,
  at: { facilityIds: string[]; hours: Map<string, string> },
) {
  const mapped = s.terms.map((t) => ({ t, ours: terms.resolve(t) }));
  for (const { t } of mapped.filter((m) => !m.ours))
    ctx.warn({
      record: `service ${s.id}`,
      field: "taxonomy_term",
      message: w(
        `Term '${t.name ?? t.code ?? t.id}' is niet aan een term van ons gekoppeld (zie de koppeltabel).`,
        `Term '${t.name ?? t.code ?? t.id}' is not mapped to one of ours (see the mapping table).`,
      ),
    });
  const codes = (kind: string) => [...new Set(mapped.flatMap((m) => (m.ours?.kind === kind ? [m.ours.code] : [])))];
  const categories = codes("service");
  return ZServicePatch.safeParse({
    name: s.name,
    description: s.description ?? "",
    languages: s.languages.filter((l) => /^[a-z]{2}$/.test(l)).length
      ? s.languages.filter((l) => /^[a-z]{2}$/.test(l))
      : ["nl"],
    email: s.email ?? null,
    website: s.url ?? null,
    phone: s.phones[0] ?? null,
    ...(categories.length ? { categories } : {}),
    audiences: codes("audience"),
    facility_ids: at.facilityIds,
    location_overrides: Object.fromEntries([...at.hours].map(([id, h]) => [id, { note: null, opening_hours: h }])),
  });
}

export async function services(
  ctx: ChunkContext,
  g: HsdsGraph,
  orgIds: Map<string, string>,
  fixed: string | null,
  terms: HsdsTerms,
) {
  for (const s of g.services.values()) {
    const organizationId = fixed ?? (s.organizationId ? orgIds.get(s.organizationId) : undefined);
    if (!organizationId) continue; // its organisation failed its checks (an error already)
    const links = [...g.links.values()].filter((l) => l.serviceId === s.id);
    const facilityIds: string[] = [];
    const hours = new Map<string, string>();
    for (const l of links) {
      const fid = await refOf(ctx.tx, `hsds:${l.locationId}`);
      if (!fid) continue; // its location was skipped (an error or a duplicate, reported)
      facilityIds.push(fid);
      const h = openingHoursOf(l.schedules).value;
      if (h) hours.set(fid, h);
    }
    const parsed = servicePatch(ctx, s, terms, { facilityIds, hours });
    if (!parsed.success) {
      for (const iss of parsed.error.issues)
        ctx.error({
          record: `service ${s.id}`,
          field: String(iss.path[0] ?? ""),
          message: w(issueMessage(iss.message, "nl"), issueMessage(iss.message, "en")),
        });
      continue;
    }
    await upsertService(ctx, s.id, organizationId, parsed.data as Snapshot);
  }
}

async function upsertService(ctx: ChunkContext, hsdsId: string, organizationId: string, patch: Snapshot) {
  const key = `hsds:${hsdsId}`;
  const entity = serviceEntity as unknown as Entity<Snapshot>;
  let id = await refOf(ctx.tx, key);
  const before = id ? await entity.load(ctx.tx, id) : null;
  if (!id) {
    id = (await ctx.tx.service.create({ data: { organizationId, name: String(patch.name) }, select: { id: true } })).id;
    await ctx.tx.externalRef.create({ data: { key, entityType: "service", entityId: id, source: "hsds" } });
  }
  const loaded = before ?? (await entity.load(ctx.tx, id));
  const effective = before ? effectivePatch(before.snapshot, patch) : patch;
  if (before && Object.keys(effective).length === 0) return void ctx.report.unchanged++;
  await entity.write(ctx.tx, id, loaded!.version, effective);
  await revision(ctx.tx, ctx, entity, id, before?.snapshot ?? null);
  if (before) ctx.report.changed++;
  else ctx.report.new++;
}
