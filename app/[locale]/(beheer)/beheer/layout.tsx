import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { isModerator } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { PATH_HEADER } from "@/lib/i18n/alternates";
import { beheerMessages } from "@/lib/i18n/beheer";
import { isMemberLocale, localePath } from "@/lib/i18n/locales";
import { canKeepLists } from "@/lib/server/workers/manage-workers";

import { signOut } from "./auth-actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return {
    title: `${beheerMessages(isMemberLocale(locale) ? locale : "en").area} — Buurtwijzer`,
    robots: { index: false },
  };
}
// Every member-area page depends on who is signed in (and carries a per-request CSP nonce): never prerendered.
export const dynamic = "force-dynamic";

export default async function BeheerLayout({ children }: { children: ReactNode }) {
  const [actor, locale, h] = await Promise.all([currentActor(), getLocale(), headers()]);
  if (!isMemberLocale(locale)) notFound(); // the member area speaks Dutch and English
  const t = beheerMessages(locale);
  const to = (path: string) => localePath(locale, path);
  // The other language: this page under its prefix (/nl/… too, so proxy.ts remembers the choice).
  const other = t.otherLang === "en" ? "en" : "nl";
  const here = h.get(PATH_HEADER) ?? "/beheer";
  return (
    <>
      <nav className="beheer-nav" aria-label={t.area}>
        <ul>
          <li>
            <Link href="/">Buurtwijzer</Link>
          </li>
          {actor && (
            <li>
              <a href={to("/beheer")}>{t.dashboard}</a>
            </li>
          )}
          {isModerator(actor) && (
            <li>
              <a href={to("/beheer/moderatie")}>{t.moderation}</a>
            </li>
          )}
          {isModerator(actor) && (
            <li>
              <a href={to("/beheer/onvervulde-vragen")}>{t.needsTitle}</a>
            </li>
          )}
          {isModerator(actor) && (
            <li>
              <a href={to("/beheer/taxonomie")}>{t.taxonomy}</a>
            </li>
          )}
          {actor && (isModerator(actor) || [...actor.orgs.values()].includes("org_admin")) && (
            <li>
              <a href={to("/beheer/import")}>{t.importTitle}</a>
            </li>
          )}
          {canKeepLists(actor) && (
            <li>
              <a href={to("/beheer/lijsten")}>{t.lists}</a>
            </li>
          )}
        </ul>
        <ul>
          <li>
            <a href={`/${other}${here}`} lang={other} hrefLang={other}>
              {t.language}
            </a>
          </li>
          {actor && (
            <li>
              <form action={signOut} className="inline-form">
                <button type="submit">{t.signOut}</button>
              </form>
            </li>
          )}
        </ul>
      </nav>
      {children}
    </>
  );
}
