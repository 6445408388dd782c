import "server-only";

// Expected failures of the edit layer. The forms show them next to the fields or as a banner, the API maps them to
// problem+json (see lib/http/write.ts).

export type Bilingual = { nl: string; en: string };
export type Change = { field: string; before: unknown; after: unknown };

export class EditError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 428,
    readonly text: Bilingual,
    readonly field?: string,
  ) {
    super(text.en);
  }
}

export const unauthenticated = () => new EditError(401, { nl: "Log eerst in.", en: "Sign in first." });
export const forbidden = () => new EditError(403, { nl: "U mag dit niet wijzigen.", en: "You may not change this." });
export const missing = (what: Bilingual) =>
  new EditError(404, { nl: `${what.nl} bestaat niet (meer).`, en: `${what.en} does not exist.` });

/** Someone saved a newer version since the editor loaded the form: nothing was written. */
export class ConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly current: Record<string, unknown>,
    /** what others changed since the editor's version (empty when that version's content is unknown) */
    readonly theirs: Change[],
  ) {
    super(`This listing was changed by someone else (now version ${currentVersion}).`);
  }
}
