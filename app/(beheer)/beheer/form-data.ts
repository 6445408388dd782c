import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { fieldErrors } from "@/lib/schemas/edit";
import { ConflictError, EditError } from "@/lib/server/edit/errors";

// Reading the member area's plain forms (shared by its server-action modules).

/** A text field's value, or "" when missing or a file. */
export const str = (form: FormData, key: string): string => {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
};

/** The language the form was shown in (a hidden field), for its error messages. */
export const localeOf = (form: FormData): "nl" | "en" => (form.get("locale") === "en" ? "en" : "nl");

/** Runs a form's change and goes back to `back` saying how it went (`?resultaat=<what run returns>`), or why not
 *  (`?fout=<message in the form's language>`, `?resultaat=conflict`). Other errors are real faults and propagate. */
export async function redirectAfter(form: FormData, back: string, run: () => Promise<string>): Promise<never> {
  let target: string;
  try {
    target = `${back}?resultaat=${await run()}`;
  } catch (e) {
    if (e instanceof EditError) target = `${back}?fout=${encodeURIComponent(e.text[localeOf(form)])}`;
    else if (e instanceof ZodError) target = `${back}?fout=${encodeURIComponent(Object.values(fieldErrors(e, localeOf(form))).join(" "))}`;
    else if (e instanceof ConflictError) target = `${back}?resultaat=conflict`;
    else throw e;
  }
  redirect(target);
}
