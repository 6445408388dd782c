import "server-only";

import { beheerMessages } from "../i18n/beheer";
import { errorWords } from "../i18n/catalogs";
import { fieldLabels } from "../i18n/field-labels";
import { isMemberLocale, localeFrom, type Locale } from "../i18n/locales";
import { isErrorCode, type AppErrorCode } from "./codes";
import { codeMessages } from "./messages";

// A form action that redirects says what went wrong with a code (`?fout=<code>`, plus `&veld=<field>` when it is
// about one field), never with text: the page looks the words up here by code, field and language (the catalogs'
// `errors`). An unknown code (anyone can type a link) gets the generic sentence, so a link can never put its own text
// on a page.

/** The fields a refusal of `invalid` has its own words for (`errors.fields.<field>`, member area: nl and en). */
const FIELD_WORDS = [
  "version",
  "until",
  "reason",
  "state",
  "services",
  "organisation",
  "code",
  "import_file",
  "import_organisation",
  "merge",
  "mapping",
] as const;
type FieldWord = (typeof FIELD_WORDS)[number];
const hasFieldWords = (field: string): field is FieldWord => (FIELD_WORDS as readonly string[]).includes(field);

const FIELD_SHAPE = /^[a-z_]{1,40}$/;

/** `fout=<code>[&veld=<field>]` for a redirect target. */
export function problemQuery(code: AppErrorCode, field?: string): string {
  return `fout=${code}${field && FIELD_SHAPE.test(field) ? `&veld=${field}` : ""}`;
}

/** The words for a code (and field) in the page's language; the generic sentence for a code we do not know. A text
 *  the page's language does not have (the member area's are in Dutch and English only) is said in English. */
export function problemMessage(code: string, field: string | undefined, locale: Locale): string {
  const lang = localeFrom(locale);
  const t = errorWords(lang);
  if (!isErrorCode(code)) return t("generic");
  const member = isMemberLocale(lang) ? lang : "en";
  if (code === "invalid" && field && hasFieldWords(field)) return errorWords(member)(`fields.${field}`);
  const labels = fieldLabels(beheerMessages(member));
  const label = code === "invalid" && field && Object.hasOwn(labels, field) ? labels[field] : undefined;
  if (label) return errorWords(member)("notRight", { label });
  const words = codeMessages(code);
  return words[lang] ?? words.en;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The message a page shows for its `?fout=`, or null when there is none. */
export function problemFromQuery(sp: SearchParams, locale: Locale): string | null {
  const code = sp.fout;
  if (typeof code !== "string" || code === "") return null;
  const field = typeof sp.veld === "string" ? sp.veld : undefined;
  return problemMessage(code, field, locale);
}
