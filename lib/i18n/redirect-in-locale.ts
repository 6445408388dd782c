import "server-only";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { DEFAULT_LOCALE, localePath, splitLocale, type Locale } from "./locales";

/** Next.js's redirect() to one of our paths, in the language of the page the request came from (an action posted
 *  from /en/beheer/… goes back to /en/beheer/…). A path that already names its language is left as it is. */
export async function redirectInLocale(path: string): Promise<never> {
  // Outside a request (a unit test of an action) there is no page language: Dutch, the site's root.
  let locale: Locale = DEFAULT_LOCALE;
  try {
    locale = await getLocale();
  } catch {
    // outside a request: Dutch
  }
  redirect(splitLocale(path.split("?")[0]!).locale ? path : localePath(locale, path));
}
