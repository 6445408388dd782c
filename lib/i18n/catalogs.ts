import "server-only";

import { createTranslator, type Messages } from "next-intl";

import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import pl from "../../messages/pl.json";
import tr from "../../messages/tr.json";
import uk from "../../messages/uk.json";
import { LOCALES, type Locale } from "./locales";
import { onIntlError } from "./on-error";

// The words of what went wrong (`errors`: the AppError codes; `problems`: bad input) come from the same JSON catalogs
// as every page, read here without a request: AppError is made in the data layer, and the pages' problem lists are
// built in plain functions. Imported statically, so this module is for the server only (a client bundle would take all
// six catalogs along).

/** Every language's catalog. A catalog other than Dutch may lack texts (the member area's are in nl and en only). */
export const CATALOGS = { nl, en, ar, tr, pl, uk } as unknown as Record<Locale, Messages>;

const make = (locale: Locale) => ({
  errors: createTranslator({ locale, messages: CATALOGS[locale], namespace: "errors", onError: onIntlError }),
  problems: createTranslator({ locale, messages: CATALOGS[locale], namespace: "problems", onError: onIntlError }),
});
const TRANSLATORS = Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, ReturnType<typeof make>>;

/** `errors` in a language (unknown languages: Dutch). */
export const errorWords = (locale: Locale) => (TRANSLATORS[locale] ?? TRANSLATORS.nl).errors;
/** `problems` in a language (unknown languages: Dutch). */
export const problemWords = (locale: Locale) => (TRANSLATORS[locale] ?? TRANSLATORS.nl).problems;

/** A namespace's translator in a language, for plain server functions that run outside a request (CSV export). */
export const translatorFor = <N extends "common" | "referral" | "resident">(locale: Locale, namespace: N) =>
  createTranslator({ locale, messages: CATALOGS[locale], namespace, onError: onIntlError });
