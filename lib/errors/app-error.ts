import { ERROR_CODES, STATUS_TITLES, type AppErrorCode, type ErrorLocale, type ErrorMessages } from "./codes";
import { codeMessages, missingMessages } from "./messages";

// The one error type of every layer: the data layer throws it, and each edge maps it once — route handlers to
// problem+json (lib/http/problem.ts), server actions to their form state or a redirect with `?fout=<code>`
// (lib/forms/run-action.ts). Not under lib/server or lib/http, so every layer may import it.

export type { AppErrorCode, ErrorLocale, ErrorMessages } from "./codes";
/** A message in the member area's two languages (the least an AppError says). */
export type Bilingual = { nl: string; en: string };
/** One problem with one request parameter (problem+json `errors`). */
export type ParamError = { parameter: string; detail: string };
export type Change = { field: string; before: unknown; after: unknown };

export type AppErrorOptions = {
  /** HTTP status; the code's own by default */
  status?: number;
  /** what to say, per language; the code's catalog text by default */
  messages?: ErrorMessages;
  /** the form field (API parameter) it is about */
  field?: string;
  /** problem+json title; by default the code's, else the status's */
  title?: string;
  /** per-parameter problems (problem+json `errors`); by default the field with the English message */
  errors?: ParamError[];
};

export class AppError extends Error {
  readonly status: number;
  readonly messages: ErrorMessages;
  readonly field?: string;
  readonly title: string;
  readonly errors: ParamError[];

  constructor(
    readonly code: AppErrorCode,
    opts: AppErrorOptions = {},
  ) {
    const known = ERROR_CODES[code];
    const messages = opts.messages ?? codeMessages(code);
    super(messages.en);
    this.name = "AppError";
    this.status = opts.status ?? known.status;
    this.messages = messages;
    if (opts.field !== undefined) this.field = opts.field;
    this.title = opts.title ?? ("title" in known ? known.title : undefined) ?? STATUS_TITLES[this.status] ?? "Error";
    this.errors = opts.errors ?? (opts.field ? [{ parameter: opts.field, detail: messages.en }] : []);
  }

  /** The English text (the API's `detail`). */
  get detail(): string {
    return this.messages.en;
  }

  /** The message in `locale`; else the code's own words in `locale` (a page in Arabic reads Arabic even when the
   *  thrower wrote only Dutch and English); else English. */
  text(locale: ErrorLocale): string {
    return this.messages[locale] ?? codeMessages(this.code)[locale] ?? this.messages.en;
  }
}

/** Someone saved a newer version since the editor loaded the form: nothing was written. The forms show the
 *  conflict screen; the write API answers 412 with the current version (lib/http/problem.ts). */
export class ConflictError extends AppError {
  constructor(
    readonly currentVersion: number,
    readonly current: Record<string, unknown>,
    /** what others changed since the editor's version (empty when that version's content is unknown) */
    readonly theirs: Change[],
    /** the editor's own changes, when the use case knows them (the form offers to re-apply them) */
    readonly mine: Record<string, unknown> = {},
  ) {
    super("conflict", {
      messages: {
        ...codeMessages("conflict"),
        en: `This listing was changed by someone else (now version ${currentVersion}).`,
      },
    });
  }

  withMine(mine: Record<string, unknown>): ConflictError {
    return new ConflictError(this.currentVersion, this.current, this.theirs, mine);
  }
}

export const unauthenticated = () => new AppError("unauthenticated");
export const forbidden = () => new AppError("forbidden");
export const missing = (what: Bilingual) => new AppError("not_found", { messages: missingMessages(what) });
