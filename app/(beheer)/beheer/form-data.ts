import { redirect } from "next/navigation";
import { ZodError } from "zod";

import { fieldErrors } from "@/lib/schemas/edit";
import { storableText } from "@/lib/schemas/text";
import { ConflictError, EditError } from "@/lib/server/edit/errors";
import { problemQuery } from "@/lib/server/signed-text";

// Reading the member area's plain forms (shared by its server-action modules).

// Every text field is read here, and cleaned of what PostgreSQL cannot store (NUL; a lone surrogate cannot come out
// of a form's UTF-8, but is replaced all the same): a browser never sends a NUL from a text field, so dropping it
// loses nothing a person typed, where keeping it would fail the save with a 500.

/** A text field's value, or "" when missing or a file. */
export const str = (form: FormData, key: string): string => {
  const v = form.get(key);
  return typeof v === "string" ? storableText(v) : "";
};

/** Every text field as an object (the first value of a repeated field), for a schema to parse. */
export const fields = (form: FormData): Record<string, string> =>
  Object.fromEntries([...form.keys()].map((k) => [k, str(form, k)]));

/** The language the form was shown in (a hidden field), for its error messages. */
export const localeOf = (form: FormData): "nl" | "en" => (form.get("locale") === "en" ? "en" : "nl");

/** Runs a form's change and goes back to `back` saying how it went (`?resultaat=<what run returns>`), or why not
 *  (`?fout=<message in the form's language>&fs=<its signature>`, `?resultaat=conflict`). Other errors are real faults and propagate. */
export async function redirectAfter(form: FormData, back: string, run: () => Promise<string>): Promise<never> {
  let target: string;
  try {
    target = `${back}?resultaat=${await run()}`;
  } catch (e) {
    if (e instanceof EditError) target = `${back}?${problemQuery(e.text[localeOf(form)])}`;
    else if (e instanceof ZodError)
      target = `${back}?${problemQuery(Object.values(fieldErrors(e, localeOf(form))).join(" "))}`;
    else if (e instanceof ConflictError) target = `${back}?resultaat=conflict`;
    else throw e;
  }
  redirect(target);
}
