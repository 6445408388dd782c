import "server-only";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { localePath, splitLocale } from "./locales";

/** Next.js's redirect() to one of our paths, in the language of the page the request came from (an action posted
 *  from /en/beheer/… goes back to /en/beheer/…). A path that already names its language is left as it is. */
export async function redirectInLocale(path: string): Promise<never> {
  const locale = await getLocale();
  redirect(splitLocale(path.split("?")[0]!).locale ? path : localePath(locale, path));
}
