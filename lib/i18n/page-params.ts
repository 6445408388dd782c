import { getLocale } from "next-intl/server";

/**
 * A page's query with `lang` set to the page's language, which now comes from its path (/en/…; proxy.ts turns an
 * old `?lang=` into that path). Lets code that reads `lang` from the query keep working unchanged.
 */
export async function withPathLocale<T extends object>(searchParams: Promise<T>): Promise<T & { lang: string }> {
  const [sp, lang] = await Promise.all([searchParams, getLocale()]);
  return { ...sp, lang };
}
