"use server";

import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { readBackLink } from "@/lib/back-link";
import { localePath } from "@/lib/i18n/locales";
import { clientIp, hit, LIMITS } from "@/lib/rate-limit";
import { ZSheetQuery } from "@/lib/schemas/referral";
import { makeSheetLink } from "@/lib/server/referral/sheet";

// "Maak korte link": stores the sheet's short link (its QR code) on request — a plain form, no JavaScript needed —
// and goes back to the sheet, which then shows it. Counted per IP: every link is a row.
export async function makeShortLink(form: FormData): Promise<void> {
  // The sheet's language is the page's (its path): /tr/verwijsbrief posts here as Turkish.
  const locale = await getLocale();
  const parsed = ZSheetQuery.safeParse({ services: form.get("services") ?? "", lang: locale });
  if (!parsed.success) redirect(localePath(locale, "/verwijsbrief"));
  const { services: ids, lang } = parsed.data;
  const search = readBackLink(form.get("terug"));
  const back = localePath(
    lang,
    `/verwijsbrief?services=${ids.join(",")}${search ? `&terug=${encodeURIComponent(search)}` : ""}`,
  );
  if (!(await hit(LIMITS.shortLinkPerIp, clientIp(await headers()))).ok) redirect(`${back}&kort=te-veel`);
  // Only services still offered where the sheet says (a location that ended is explained on the sheet, not linked).
  // The code in the address makes it a new page for the client router (back to the very same address, with
  // JavaScript, it kept showing the sheet without its QR code).
  const code = await makeSheetLink(ids, lang);
  redirect(code ? `${back}&kort=${code}` : back);
}
