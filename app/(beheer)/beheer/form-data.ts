// Reading the member area's plain forms (shared by its server-action modules).

/** A text field's value, or "" when missing or a file. */
export const str = (form: FormData, key: string): string => {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
};

/** The language the form was shown in (a hidden field), for its error messages. */
export const localeOf = (form: FormData): "nl" | "en" => (form.get("locale") === "en" ? "en" : "nl");
