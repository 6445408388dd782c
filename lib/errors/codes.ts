// Every expected failure has a code. The code travels (in an exception, a problem+json body, a redirect's `?fout=`);
// the words are looked up here by code and language. A redirect never carries text: a page shows only these
// messages, so no one's link can put words on our pages.

/** The languages an error message is written in: Dutch and English always, the others where a page speaks them. */
export type ErrorLocale = "nl" | "en" | "ar" | "tr" | "pl" | "uk";
export type ErrorMessages = { nl: string; en: string } & Partial<Record<Exclude<ErrorLocale, "nl" | "en">, string>>;

/** `title`: the problem+json title where it says more than the status's own (STATUS_TITLES below). */
type CodeInfo = { status: number; messages: ErrorMessages; title?: string };

export const ERROR_CODES = {
  invalid: { status: 400, messages: { nl: "Dit is niet goed ingevuld.", en: "This is not filled in correctly." } },
  invalid_parameters: {
    status: 400,
    title: "Invalid request parameters",
    messages: { nl: "De invoer klopt niet.", en: "Invalid request parameters." },
  },
  invalid_json: {
    status: 400,
    title: "Invalid JSON",
    messages: { nl: "De inhoud is geen geldige JSON.", en: "The body is not valid JSON." },
  },
  unknown_postcode: {
    status: 400,
    title: "Unknown postcode",
    messages: { nl: "Deze postcode kennen we niet.", en: "We do not know this postcode." },
  },
  unknown_place: {
    status: 400,
    title: "Unknown place",
    messages: { nl: "Deze plaats kennen we niet.", en: "We do not know this place." },
  },
  unknown_gemeente: {
    status: 400,
    title: "Unknown gemeente",
    messages: {
      nl: "Deze gemeente kennen we niet. Kies een naam uit de lijst.",
      en: "Unknown gemeente. Pick a name from the list.",
    },
  },
  unauthenticated: { status: 401, messages: { nl: "Log eerst in.", en: "Sign in first." } },
  forbidden: { status: 403, messages: { nl: "U mag dit niet wijzigen.", en: "You may not change this." } },
  not_found: { status: 404, messages: { nl: "Dit bestaat niet (meer).", en: "This does not exist." } },
  method_not_allowed: {
    status: 405,
    messages: { nl: "Dit adres neemt dit verzoek niet aan.", en: "This address does not take this method." },
  },
  conflict: {
    status: 409,
    messages: {
      nl: "Iemand anders heeft dit net gewijzigd. Laad de pagina opnieuw.",
      en: "Someone else just changed this. Reload the page.",
    },
  },
  already_decided: {
    status: 409,
    messages: { nl: "Hierover is al beslist.", en: "This was already decided." },
  },
  last_admin: {
    status: 409,
    messages: {
      nl: "De laatste beheerder kan niet weg. Maak eerst iemand anders beheerder.",
      en: "The last admin cannot be removed. Make someone else admin first.",
    },
  },
  precondition_failed: {
    status: 412,
    messages: { nl: "If-Match klopt niet.", en: 'If-Match must be one ETag such as "v3".' },
  },
  unsupported_media_type: {
    status: 415,
    messages: { nl: "Stuur de inhoud als JSON.", en: "Send the body as JSON (Content-Type: application/json)." },
  },
  precondition_required: {
    status: 428,
    messages: { nl: "Stuur If-Match mee.", en: "Send If-Match with the ETag of the version you are changing." },
  },
  too_many: {
    status: 429,
    messages: { nl: "Te veel pogingen. Probeer het later opnieuw.", en: "Too many attempts. Please try again later." },
  },
  internal: {
    status: 500,
    messages: {
      nl: "Er ging bij ons iets mis. Probeer het later opnieuw.",
      en: "Something went wrong on our side. Please try again later.",
    },
  },
  unavailable: {
    status: 503,
    messages: {
      nl: "De dienst is even niet bereikbaar. Probeer het over een paar seconden opnieuw.",
      en: "The service is busy or briefly unavailable. Please try again in a few seconds.",
    },
  },
} as const satisfies Record<string, CodeInfo>;

export type AppErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (v: unknown): v is AppErrorCode => typeof v === "string" && Object.hasOwn(ERROR_CODES, v);

/** problem+json titles by status, for a code without its own title. */
export const STATUS_TITLES: Record<number, string> = {
  400: "Invalid request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  412: "Precondition failed",
  415: "Unsupported media type",
  428: "Precondition required",
  429: "Too many requests",
  500: "Internal error",
  503: "Service unavailable",
};
