import "server-only";

import type { PrismaClient } from "../../generated/prisma/client";
import { w, type FacilityRecord, type Issue } from "../../import/types";

// Which organisation a record belongs to: the one given for the whole import (--org), else the one it names by slug
// or name. An unknown name is an error in one's own file and a warning for OpenStreetMap's `operator` tag.

export function operatorResolver(orgs: Organizations, warn: (i: Issue) => void, error: (i: Issue) => void) {
  const unknownOrgs = new Set<string>();
  return async (r: FacilityRecord): Promise<string | null> => {
    if (orgs.fixed) return orgs.fixed.id;
    if (!r.organization) return null;
    const o = orgs.byWord.get(r.organization.toLowerCase().trim());
    if (!o && !unknownOrgs.has(r.organization)) {
      unknownOrgs.add(r.organization);
      (r.info.source === "osm" ? warn : error)({
        record: r.at,
        field: "organisatie",
        message: w(
          `Organisatie '${r.organization}' kennen we niet.`,
          `Organisation '${r.organization}' is not known here.`,
        ),
      });
    }
    return o?.id ?? null;
  };
}

export async function organizations(db: PrismaClient, slug: string | null | undefined) {
  const all = await db.organization.findMany({ select: { id: true, slug: true, name: true } });
  const byWord = new Map(
    all.flatMap((o) => [[o.slug.toLowerCase(), o] as const, [o.name.toLowerCase().trim(), o] as const]),
  );
  return { fixed: slug ? (byWord.get(slug.toLowerCase()) ?? null) : null, byWord };
}

export type Organizations = Awaited<ReturnType<typeof organizations>>;
