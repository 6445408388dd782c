import "server-only";

import type { Actor } from "../../auth/actor";
import { getPrisma } from "../../db";
import { AppError } from "../../errors/app-error";
import { confirmCurrent, setTempState } from "../edit/facility-status";
import { mergeFacilities } from "../edit/merge-facilities";
import { proposeFacility } from "../edit/moderation";
import type { Outcome } from "../edit/outcome";
import { revertTo } from "../edit/revisions";

// The member area's one-button changes to a facility, actor-scoped. Rights, moderation and the revision each writes
// are the edit layer's (lib/server/edit/changes.ts).

/** "Vandaag gesloten / anders open" until a day, with the reason the public page shows. */
export function setTemporaryState(opts: {
  actor: Actor | null;
  facilityId: string;
  state: string;
  reason: string;
  until?: string;
}): Promise<Outcome> {
  const { actor, facilityId, ...input } = opts;
  return setTempState(getPrisma(), actor, facilityId, input);
}

/** "Alles klopt nog": the listing was checked today. */
export function confirmFacility(opts: { actor: Actor | null; facilityId: string }): Promise<Outcome> {
  return confirmCurrent(getPrisma(), opts.actor, opts.facilityId);
}

/** A new facility for the organisation (always waits for a moderator). */
export function proposeNewFacility(opts: {
  actor: Actor | null;
  organizationId: string;
  input: Record<string, unknown>;
  /** the editor says it is another place than the possible duplicate shown */
  notDuplicate?: boolean;
}): Promise<Outcome> {
  return proposeFacility(getPrisma(), opts.actor, opts.organizationId, opts.input, { notDuplicate: opts.notDuplicate });
}

/** A moderator puts a listing back to the state before or after a revision (itself a new revision). */
export function revertRevision(opts: {
  actor: Actor | null;
  revisionId: string;
  seenVersion: number;
  which: "before" | "after";
}): Promise<Outcome> {
  return revertTo(getPrisma(), opts.actor, opts.revisionId, opts.seenVersion, opts.which);
}

/** A moderator merges this facility into the one at `target` (its slug, or its page's address): returns the kept id. */
export async function mergeIntoFacility(opts: {
  actor: Actor | null;
  facilityId: string;
  target: string;
}): Promise<string> {
  const slug =
    opts.target
      .trim()
      .replace(/[?#].*$/, "")
      .replace(/\/+$/, "")
      .split("/")
      .pop() ?? "";
  const keep = slug ? await getPrisma().facility.findUnique({ where: { slug }, select: { id: true } }) : null;
  if (!keep)
    throw new AppError("invalid", {
      field: "merge",
      messages: {
        nl: "Die locatie vinden we niet. Plak het adres van haar pagina.",
        en: "That facility was not found. Paste its page's address.",
      },
    });
  await mergeFacilities(getPrisma(), opts.actor, { keepId: keep.id, mergeId: opts.facilityId });
  return keep.id;
}
