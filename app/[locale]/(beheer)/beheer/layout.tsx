import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { isModerator } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { beheerMessages } from "@/lib/i18n/beheer";
import { isMemberLocale } from "@/lib/i18n/locales";
import { canKeepLists } from "@/lib/server/workers/manage-workers";

import { signOut } from "./auth-actions";

export const metadata: Metadata = { title: "Beheer — Buurtwijzer", robots: { index: false } };
// Every member-area page depends on who is signed in (and carries a per-request CSP nonce): never prerendered.
export const dynamic = "force-dynamic";

export default async function BeheerLayout({ children }: { children: ReactNode }) {
  const [actor, locale] = await Promise.all([currentActor(), getLocale()]);
  if (!isMemberLocale(locale)) notFound(); // the member area speaks Dutch and English
  const t = beheerMessages(locale);
  return (
    <>
      <nav className="beheer-nav" aria-label={t.area}>
        <ul>
          <li>
            <Link href="/">Buurtwijzer</Link>
          </li>
          {actor && (
            <li>
              <a href="/beheer">{t.dashboard}</a>
            </li>
          )}
          {isModerator(actor) && (
            <li>
              <a href="/beheer/moderatie">{t.moderation}</a>
            </li>
          )}
          {isModerator(actor) && (
            <li>
              <a href="/beheer/onvervulde-vragen">{t.needsTitle}</a>
            </li>
          )}
          {isModerator(actor) && (
            <li>
              <a href="/beheer/taxonomie">{t.taxonomy}</a>
            </li>
          )}
          {canKeepLists(actor) && (
            <li>
              <a href="/beheer/lijsten">{t.lists}</a>
            </li>
          )}
        </ul>
        <ul>
          <li>
            <a href={`?lang=${t.otherLang}`} lang={t.otherLang} hrefLang={t.otherLang}>
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
