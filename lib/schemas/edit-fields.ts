import { z } from "zod";

import { isValidOpeningHours } from "../opening-hours";
import { zStorableString } from "./text";

// The fields the edit schemas (edit.ts) are built from, and their messages: written "Nederlands ¦ English" once; the
// API answers in English, the forms in the reader's language (issueMessage, fieldErrors).

const SEP = " ¦ ";
/** A message in both languages, "Nederlands ¦ English" (issueMessage picks one). */
export const m = (nl: string, en: string) => `${nl}${SEP}${en}`;

/** Storable text (no NUL, no lone surrogate), trimmed, at most `max` characters. */
export const text = (max: number) =>
  zStorableString(
    m(
      "bevat een teken dat niet kan (NUL of een losse surrogaat)",
      "contains a NUL character or a lone surrogate, which cannot be stored",
    ),
  )
    .trim()
    .max(max, m(`mag hoogstens ${max} tekens zijn`, `must be at most ${max} characters`));
/** As text; empty is null. */
export const optionalText = (max: number) =>
  text(max)
    .transform((v) => (v === "" ? null : v))
    .nullable();

export const zPostcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[1-9]\d{3} ?[A-Z]{2}$/,
    m("moet een postcode zijn zoals 3512 AB", "must be a Dutch postcode such as 3512 AB"),
  )
  .transform((v) => `${v.slice(0, 4)} ${v.slice(-2)}`);
export const zPhone = optionalText(30).refine(
  (v) => v === null || /^\+?[0-9 ()-]{6,20}$/.test(v),
  m("is geen telefoonnummer (cijfers, spaties, + of -)", "is not a phone number (digits, spaces, + or -)"),
);
export const zEmail = optionalText(200).refine(
  (v) => v === null || z.email().safeParse(v).success,
  m("is geen e-mailadres", "is not an email address"),
);
export const zWebsite = optionalText(300).refine(
  (v) => v === null || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v),
  m("moet een webadres zijn dat begint met https://", "must be a web address starting with https://"),
);
export const zOpeningHours = optionalText(500).refine(
  (v) => v === null || isValidOpeningHours(v),
  m(
    "is geen geldige openingstijd in OSM-notatie (bijvoorbeeld: Mo-Fr 09:00-17:00)",
    "is not valid OSM opening_hours syntax (for example: Mo-Fr 09:00-17:00)",
  ),
);

/** The message of an issue in one language (the API uses "en"). */
export function issueMessage(message: string, locale: "nl" | "en"): string {
  const i = message.indexOf(SEP);
  if (i < 0) return message;
  return locale === "nl" ? message.slice(0, i) : message.slice(i + SEP.length);
}

/** field → message, for forms. */
export function fieldErrors(error: z.ZodError, locale: "nl" | "en"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const iss of error.issues) {
    const key = iss.code === "unrecognized_keys" ? "(form)" : String(iss.path[0] ?? "(form)");
    out[key] ??= issueMessage(iss.message, locale);
  }
  return out;
}
