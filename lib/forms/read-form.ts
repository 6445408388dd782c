import { AppError } from "../errors/app-error";
import { storableText } from "../schemas/text";

// Reading the member area's plain forms. Every text field is read here and cleaned of what PostgreSQL cannot store
// (NUL; a lone surrogate cannot come out of a form's UTF-8, but is replaced all the same): a browser never sends a
// NUL from a text field, so dropping it loses nothing a person typed, where keeping it would fail the save with a 500.

export type Locale = "nl" | "en";

/** A text field's value, or "" when missing or a file. */
export const str = (form: FormData, key: string): string => {
  const v = form.get(key);
  return typeof v === "string" ? storableText(v) : "";
};

/** Every value of a repeated field (checkboxes), files left out. */
export const all = (form: FormData, key: string): string[] =>
  form.getAll(key).flatMap((v) => (typeof v === "string" ? [storableText(v)] : []));

/** Every text field as an object (the first value of a repeated field), for a schema to parse. */
export const fields = (form: FormData): Record<string, string> =>
  Object.fromEntries([...form.keys()].map((k) => [k, str(form, k)]));

/** The language the form was shown in (a hidden field), for its error messages. */
export const localeOf = (form: FormData): Locale => (form.get("locale") === "en" ? "en" : "nl");

/** A field that holds JSON the page wrote (a conflict panel's "my changes"); a forged one is a 400, not a 500. */
export function jsonField(form: FormData, key: string): unknown {
  try {
    return JSON.parse(str(form, key) || "{}");
  } catch {
    throw new AppError("invalid", {
      messages: { nl: "Het formulier is niet compleet.", en: "The form is incomplete." },
    });
  }
}
