import "server-only";

import { randomUUID } from "node:crypto";

import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors/app-error";
import type { PrismaClient } from "../../generated/prisma/client";
import { ZActivityInput, ZActivityItem, type TActivityItem } from "../../schemas/activity";
import { submitChange } from "../edit/apply";
import { missing } from "../edit/errors";
import { facilityEntity } from "../edit/facility-entity";
import type { Outcome } from "../edit/outcome";

// One activity added, changed or removed: the facility's programme with that one change, saved as a change of the
// facility's listing (its rights, moderation, history and version). `seen`: the facility version the client saw
// (If-Match); without it the current one, which is safe here since the change is made to the programme as it is now.

async function programmeOf(db: PrismaClient, facilityId: string) {
  const loaded = await facilityEntity.load(db, facilityId);
  if (!loaded) throw missing(facilityEntity.what);
  return { version: loaded.version, list: (loaded.snapshot.activities ?? []) as TActivityItem[] };
}

const unknownActivity = (id: string) =>
  new AppError("not_found", {
    messages: { nl: `Deze locatie heeft geen activiteit ${id}.`, en: `This facility has no activity ${id}.` },
  });

export async function addActivity(
  db: PrismaClient,
  actor: Actor | null,
  facilityId: string,
  seen: number | null,
  input: unknown,
): Promise<{ id: string; outcome: Outcome }> {
  const fields = ZActivityInput.parse(input);
  const { version, list } = await programmeOf(db, facilityId);
  const id = randomUUID();
  const outcome = await submitChange(db, actor, "facility", facilityId, seen ?? version, {
    activities: [...list, { ...fields, id }],
  });
  return { id, outcome };
}

export async function changeActivity(
  db: PrismaClient,
  actor: Actor | null,
  facilityId: string,
  activityId: string,
  seen: number | null,
  input: unknown,
): Promise<Outcome> {
  const { version, list } = await programmeOf(db, facilityId);
  const current = list.find((a) => a.id === activityId);
  if (!current) throw unknownActivity(activityId);
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new AppError("invalid", { messages: { nl: "Stuur een JSON-object.", en: "Send a JSON object." } });
  if ("id" in input)
    throw new AppError("invalid", { messages: { nl: "id kan niet anders.", en: "id cannot change." } });
  const changed = ZActivityItem.parse({ ...current, ...input, id: activityId });
  return submitChange(db, actor, "facility", facilityId, seen ?? version, {
    activities: list.map((a) => (a.id === activityId ? changed : a)),
  });
}

export async function removeActivity(
  db: PrismaClient,
  actor: Actor | null,
  facilityId: string,
  activityId: string,
  seen: number | null,
): Promise<Outcome> {
  const { version, list } = await programmeOf(db, facilityId);
  if (!list.some((a) => a.id === activityId)) throw unknownActivity(activityId);
  return submitChange(db, actor, "facility", facilityId, seen ?? version, {
    activities: list.filter((a) => a.id !== activityId),
  });
}

/** The programme and the facility's version (for the ETag), from the primary: a client edits what it reads. */
export const programmeForEdit = programmeOf;
