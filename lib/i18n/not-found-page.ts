import "server-only";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { localePath } from "./locales";

/**
 * For a page whose thing does not exist (an old link to /locaties/<slug> that closed): to the not-found page in the
 * page's language, which answers 404 with its text in the HTML. Next.js 16's notFound() from a dynamic page answers
 * an empty `<html id="__next_error__">` document whose content comes only with JavaScript — a blank page for a
 * reader without it (vercel/next.js#62228); an unmatched path renders not-found.tsx on the server.
 */
export async function notFoundPage(): Promise<never> {
  redirect(localePath(await getLocale(), "/niet-gevonden"));
}
