// Every expected failure has a code. The code travels (in an exception, a problem+json body, a redirect's `?fout=`);
// the words are looked up by code and language in the catalogs (messages/<locale>.json, `errors.codes.<code>`, read by
// lib/errors/messages.ts). A redirect never carries text: a page shows only those messages, so no one's link can put
// words on our pages.

import type { Locale } from "../i18n/locales";

/** The languages an error message is written in: Dutch and English always, the others where a page speaks them. */
export type ErrorLocale = Locale;
export type ErrorMessages = { nl: string; en: string } & Partial<Record<Exclude<ErrorLocale, "nl" | "en">, string>>;

/**
 * `title`: the problem+json title where it says more than the status's own (STATUS_TITLES below). `shown`: where a
 * person can read the code's words — "everyone" (a resident or referral page, so in all six languages) or "members"
 * (the member area and the API: Dutch and English; problems.test.ts holds the catalogs to it).
 */
type CodeInfo = { status: number; shown: "everyone" | "members"; title?: string };

export const ERROR_CODES = {
  invalid: { status: 400, shown: "everyone" },
  invalid_parameters: { status: 400, shown: "everyone", title: "Invalid request parameters" },
  invalid_json: { status: 400, shown: "members", title: "Invalid JSON" },
  unknown_postcode: { status: 400, shown: "everyone", title: "Unknown postcode" },
  unknown_place: { status: 400, shown: "everyone", title: "Unknown place" },
  unknown_gemeente: { status: 400, shown: "everyone", title: "Unknown gemeente" },
  unauthenticated: { status: 401, shown: "members" },
  forbidden: { status: 403, shown: "members" },
  not_found: { status: 404, shown: "everyone" },
  method_not_allowed: { status: 405, shown: "members" },
  conflict: { status: 409, shown: "members" },
  already_decided: { status: 409, shown: "members" },
  last_admin: { status: 409, shown: "members" },
  precondition_failed: { status: 412, shown: "members" },
  unsupported_media_type: { status: 415, shown: "members" },
  precondition_required: { status: 428, shown: "members" },
  too_many: { status: 429, shown: "everyone" },
  internal: { status: 500, shown: "everyone" },
  unavailable: { status: 503, shown: "everyone" },
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
