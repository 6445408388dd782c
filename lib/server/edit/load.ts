import "server-only";

import { z } from "zod";

import { diff, type Db, type Entity, type Loaded, type Snapshot } from "./entity";
import { ConflictError, EditError, missing } from "./errors";
import { snapshotAt } from "./snapshots-at";

// Reading the listing a change is about: 404 for an unknown id, a conflict (with what changed) for a stale version.

/** The version an editor says they saw must be a version number (a tampered form or If-Match is a 400, not a 500). */
export function seen(version: number): number {
  if (!Number.isInteger(version) || version < 1 || version > 2_000_000_000) {
    throw new EditError(
      400,
      {
        nl: "Deze pagina is verouderd. Laad haar opnieuw.",
        en: "version: must be the listing's version number (from its ETag)",
      },
      "version",
    );
  }
  return version;
}

export async function loadOr404(db: Db, entity: Entity<Snapshot>, id: string): Promise<Loaded> {
  const loaded = z.uuid().safeParse(id).success ? await entity.load(db, id) : null;
  if (!loaded) throw missing(entity.what);
  return loaded;
}

/** The conflict to answer when the editor saw version `seen`: the current row and what changed since. */
export async function conflict(db: Db, entity: Entity<Snapshot>, id: string, seen: number): Promise<ConflictError> {
  const now = await loadOr404(db, entity, id);
  const base = await snapshotAt(db, entity.type, id, seen);
  return new ConflictError(now.version, now.snapshot, base ? diff(base, now.snapshot) : []);
}
