import "server-only";

import type { HsdsGraph } from "../../import/hsds/graph";
import { keyProblems, locationRecord } from "../../import/hsds/records";
import { w } from "../../import/types";
import { issueMessage } from "../../schemas/common";
import { ZOrganizationPatch } from "../../schemas/edit";
import { slugify } from "../../slug";
import type { Entity, Snapshot } from "../edit/entity";
import { organizationEntity } from "../edit/organization-entity";
import { refOf, revision } from "./hsds-refs";
import { importChunk } from "./import-chunk";
import { services, type HsdsTerms } from "./import-hsds-services";
import type { ChunkContext } from "./record-checks";

// An HSDS graph into the import's transaction: every reference checked first (a broken one and nothing is written),
// then organisations (`hsds:<id>`, new ones created unless the import is for one organisation), their locations as
// facilities (the same checks and writes as any import), and services with their terms (mapped onto ours) and
// locations — each a revision through the edit layer's entities.

async function organizations(ctx: ChunkContext, g: HsdsGraph, fixed: string | null): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const o of g.organizations.values()) {
    const key = `hsds:${o.id}`;
    const known = fixed ?? (await refOf(ctx.tx, key));
    if (known) {
      ids.set(o.id, known);
      if (!fixed) ctx.report.unchanged++;
      continue;
    }
    const parsed = ZOrganizationPatch.safeParse({
      name: o.name,
      description: o.description ?? "",
      email: o.email ?? null,
      website: o.website ?? null,
    });
    if (!parsed.success) {
      const m = parsed.error.issues[0]!;
      ctx.error({
        record: `organization ${o.id}`,
        field: String(m.path[0] ?? ""),
        message: w(issueMessage(m.message, "nl"), issueMessage(m.message, "en")),
      });
      continue;
    }
    const base = slugify(o.name ?? "organisatie").slice(0, 60) || "organisatie";
    const taken = await ctx.tx.organization.count({ where: { slug: { startsWith: base } } });
    const org = await ctx.tx.organization.create({
      data: {
        slug: taken ? `${base}-${taken + 1}` : base,
        name: parsed.data.name ?? "",
        description: parsed.data.description ?? "",
        email: parsed.data.email ?? null,
        website: parsed.data.website ?? null,
      },
    });
    await ctx.tx.externalRef.create({ data: { key, entityType: "organization", entityId: org.id, source: "hsds" } });
    await revision(ctx.tx, ctx, organizationEntity as unknown as Entity<Snapshot>, org.id, null);
    ctx.report.new++;
    ids.set(o.id, org.id);
  }
  return ids;
}

export async function importHsds(
  ctx: ChunkContext,
  g: HsdsGraph,
  fixed: string | null,
  terms: HsdsTerms,
): Promise<void> {
  ctx.report.records += g.organizations.size + g.services.size;
  keyProblems(g).forEach(ctx.error);
  if (ctx.report.totals.errors > 0) return; // broken references: nothing is written
  const orgIds = await organizations(ctx, g, fixed);
  // A location's operator: its own organization_id, else the organisation of a service offered there.
  const serviceOrg = new Map<string, string>();
  for (const l of g.links.values()) {
    const org = g.services.get(l.serviceId)?.organizationId;
    if (org && !serviceOrg.has(l.locationId)) serviceOrg.set(l.locationId, org);
  }
  const records = [...g.locations.values()].map((l) => {
    const org = l.organizationId ?? serviceOrg.get(l.id);
    return locationRecord(l, fixed ?? (org ? (orgIds.get(org) ?? null) : null), ctx.warn);
  });
  for (let i = 0; i < records.length; i += 1000) await importChunk(ctx, records.slice(i, i + 1000));
  await services(ctx, g, orgIds, fixed, terms);
}
