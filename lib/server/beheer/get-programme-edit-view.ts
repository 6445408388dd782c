import "server-only";

import { z } from "zod";

import type { Actor } from "../../auth/actor";
import { getPool, getPrisma } from "../../db";
import type { TActivityItem } from "../../schemas/activity";
import { getProgramme, type ProgrammeItem } from "../activities/get-programme";
import { editableProgramme } from "./programme-change";

// The "Programma" section of a facility's edit page: each activity with its next five dates (cancelled ones too), and
// what changes to the programme wait for a moderator — their names, since the live list does not show them yet.

/** A year ahead: an activity every other month still shows its next dates. */
const WEEKS = 53;

export type PendingActivity = { name: string; removed: boolean };

const ZPendingPatch = z.object({ activities: z.array(z.looseObject({ id: z.string().optional(), name: z.string() })) });

/** JSON with every object's keys in one order: a patch read back from jsonb has its keys in PostgreSQL's order. */
const stable = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/** What a waiting change does to the programme: the activities it adds or changes, and those it takes out. */
export function pendingActivities(programme: TActivityItem[], patches: unknown[]): PendingActivity[] {
  const now = new Map(programme.map((a) => [a.id ?? "", a]));
  const out = new Map<string, PendingActivity>();
  for (const patch of patches) {
    const p = ZPendingPatch.safeParse(patch);
    if (!p.success) continue;
    const kept = new Set(p.data.activities.flatMap((a) => (a.id ? [a.id] : [])));
    for (const a of p.data.activities) {
      const before = a.id ? now.get(a.id) : undefined;
      const same = before !== undefined && stable(before) === stable(a);
      if (!same) out.set(`+${a.id ?? a.name}`, { name: a.name, removed: false });
    }
    for (const a of programme) if (a.id && !kept.has(a.id)) out.set(`-${a.id}`, { name: a.name, removed: true });
  }
  return [...out.values()];
}

export async function getProgrammeEditView({
  actor,
  facilityId,
  lang,
  now = new Date(),
}: {
  actor: Actor | null;
  facilityId: string;
  lang: string;
  now?: Date;
}): Promise<{ items: ProgrammeItem[]; pending: PendingActivity[] }> {
  const { programme } = await editableProgramme(actor, facilityId);
  const db = getPrisma();
  const [items, requests] = await Promise.all([
    getProgramme(db, getPool(), { facilityId }, { now, weeks: WEEKS, perActivity: 5, lang }),
    db.changeRequest.findMany({
      where: { entityType: "facility", entityId: facilityId, status: "pending" },
      select: { patch: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    items,
    pending: pendingActivities(
      programme,
      requests.map((r) => r.patch),
    ),
  };
}
