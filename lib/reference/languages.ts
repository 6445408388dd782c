// Languages a resident can ask help in (ISO 639-1), besides Dutch, which every service speaks. Names come from
// Intl.DisplayNames in the reader's language.
export const HELP_LANGUAGES = [
  "en",
  "ar",
  "tr",
  "pl",
  "uk",
  "de",
  "fr",
  "es",
  "so",
  "ti",
  "fa",
  "ru",
  "zh",
  "pt",
  "bg",
  "ro",
] as const;

export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
