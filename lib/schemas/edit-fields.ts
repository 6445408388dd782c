import { z } from "zod";

import { isValidOpeningHours } from "../opening-hours";
import { m } from "./common";
import { zStorableString } from "./text";

// The fields the edit schemas (edit.ts) are built from. Their messages are written "Nederlands ¦ English" once with m();
// the API answers in English, the forms in the reader's language (issueMessage, fieldErrors; all in common.ts).

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
