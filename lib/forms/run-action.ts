import "server-only";

import { ZodError } from "zod";

import type { UserActor } from "../auth/actor";
import { currentActor } from "../auth/session";
import { AppError, ConflictError } from "../errors/app-error";
import { problemQuery } from "../errors/redirect";
import { redirectInLocale } from "../i18n/redirect-in-locale";
import { fieldErrors } from "../schemas/common";
import type { FormState } from "./form-state";
import { localeOf, type Locale } from "./read-form";

// The one frame of every server action of the member area: who is signed in (read fresh), the form's language, the
// use case, and the one mapping of its errors — AppError and zod errors to field errors or a message, a conflict to
// the conflict screen, or, for one-button forms, a redirect with `?fout=<code>` (never text). Anything else is a real
// fault and propagates. `redirect()` runs outside the try, so Next.js's own redirect is never caught here.

export type ActionContext = { actor: UserActor | null; locale: Locale };
export type Failure =
  | { kind: "invalid"; errors: Record<string, string> }
  | { kind: "error"; message: string }
  | { kind: "conflict"; error: ConflictError };

export function failureOf(e: unknown, locale: Locale): Failure {
  if (e instanceof ZodError) return { kind: "invalid", errors: fieldErrors(e, locale) };
  if (e instanceof ConflictError) return { kind: "conflict", error: e };
  if (e instanceof AppError)
    return e.field
      ? { kind: "invalid", errors: { [e.field]: e.text(locale) } }
      : { kind: "error", message: e.text(locale) };
  throw e;
}

/** Runs the use case with the signed-in actor; its answer, or how it failed. */
export async function attempt<T>(
  form: FormData,
  run: (ctx: ActionContext) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; failure: Failure; locale: Locale }> {
  const locale = localeOf(form);
  try {
    return { ok: true, value: await run({ actor: await currentActor(), locale }) };
  } catch (e) {
    return { ok: false, failure: failureOf(e, locale), locale };
  }
}

/** For a form behind useActionState: the failure as the form's state (with what was typed), else a redirect to
 *  the address `run` answers (so a reload never posts twice). */
export async function formAction(
  form: FormData,
  values: Record<string, string>,
  run: (ctx: ActionContext) => Promise<string>,
): Promise<FormState> {
  const r = await attempt(form, run);
  if (r.ok) return redirectInLocale(r.value);
  const f = r.failure;
  if (f.kind === "conflict")
    return {
      kind: "conflict",
      currentVersion: f.error.currentVersion,
      theirs: f.error.theirs,
      mine: f.error.mine,
      values,
    };
  return { ...f, values };
}

const withQuery = (path: string, query: string) => `${path}${path.includes("?") ? "&" : "?"}${query}`;

/** The code (and field) a failure goes back with. */
function failureQuery(e: unknown): string {
  if (e instanceof ZodError) return problemQuery("invalid", String(e.issues[0]?.path[0] ?? ""));
  if (e instanceof ConflictError) return "resultaat=conflict";
  if (e instanceof AppError) return problemQuery(e.code, e.field);
  throw e;
}

/**
 * For a one-button form: runs the use case and goes to `done(result)` (by default `back?resultaat=<result>`), or
 * back to `back` saying why not (`?fout=<code>[&veld=<field>]`, `?resultaat=conflict`).
 */
export async function redirectAction<T extends string>(
  form: FormData,
  back: string,
  run: (ctx: ActionContext) => Promise<T>,
  done: (result: T) => string = (result) => withQuery(back, `resultaat=${result}`),
): Promise<never> {
  let target: string;
  try {
    target = done(await run({ actor: await currentActor(), locale: localeOf(form) }));
  } catch (e) {
    target = withQuery(back, failureQuery(e));
  }
  return redirectInLocale(target);
}
