import { beheerMessages } from "../i18n/beheer";
import { fieldLabels } from "../i18n/field-labels";
import { ERROR_CODES, isErrorCode, type AppErrorCode } from "./codes";

// A form action that redirects says what went wrong with a code (`?fout=<code>`, plus `&veld=<field>` when it is
// about one field), never with text: the page looks the words up here by code, field and language. An unknown code
// (anyone can type a link) gets the generic sentence, so a link can never put its own text on a page.

type Locale = "nl" | "en";
type Words = Record<Locale, string>;

/** What a refusal about one field says on the page (the redirect carries only the code and the field's name). */
const FIELD_MESSAGES: Partial<Record<AppErrorCode, Record<string, Words>>> = {
  invalid: {
    version: { nl: "Deze pagina is verouderd. Laad haar opnieuw.", en: "This page is out of date. Reload it." },
    until: {
      nl: "Kies een datum van vandaag tot over hoogstens 31 dagen.",
      en: "Pick a date from today to at most 31 days ahead.",
    },
    reason: {
      nl: "Schrijf kort waarom (bijvoorbeeld: ziekte, storing, extra open voor de kerstmarkt).",
      en: "Say briefly why (for example: illness, a breakdown, open late for the Christmas market).",
    },
    state: { nl: "Kies gesloten, open of normale openingstijden.", en: "Choose closed, open or normal hours." },
    services: { nl: "Een van de diensten bestaat niet meer.", en: "One of these services no longer exists." },
    organisation: { nl: "Vul in waar u werkt.", en: "Say where you work." },
  },
};

const GENERIC: Words = {
  nl: "Dat lukte niet. Probeer het opnieuw.",
  en: "That did not work. Please try again.",
};

const FIELD_SHAPE = /^[a-z_]{1,40}$/;

/** `fout=<code>[&veld=<field>]` for a redirect target. */
export function problemQuery(code: AppErrorCode, field?: string): string {
  return `fout=${code}${field && FIELD_SHAPE.test(field) ? `&veld=${field}` : ""}`;
}

/** The words for a code (and field) in the page's language; the generic sentence for a code we do not know. */
export function problemMessage(code: string, field: string | undefined, locale: Locale): string {
  if (!isErrorCode(code)) return GENERIC[locale];
  const own = FIELD_MESSAGES[code];
  const words = field && own && Object.hasOwn(own, field) ? own[field] : undefined;
  if (words) return words[locale];
  const labels = fieldLabels(beheerMessages(locale));
  const label = code === "invalid" && field && Object.hasOwn(labels, field) ? labels[field] : undefined;
  if (label) return locale === "nl" ? `Dit klopt niet: ${label}.` : `This is not right: ${label}.`;
  return ERROR_CODES[code].messages[locale];
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The message a page shows for its `?fout=`, or null when there is none. */
export function problemFromQuery(sp: SearchParams, locale: Locale): string | null {
  const code = sp.fout;
  if (typeof code !== "string" || code === "") return null;
  const field = typeof sp.veld === "string" ? sp.veld : undefined;
  return problemMessage(code, field, locale);
}
