import "server-only";

import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { getPrisma } from "../db";
import { beheerMessages, type BeheerMessages } from "../i18n/beheer";
import { localePath } from "../i18n/locales";
import { actorForUser, type UserActor } from "./actor";
import { getAuth } from "./auth";

/** The signed-in person of this request, with their rights (read fresh from the database), or null. */
export async function currentActor(): Promise<UserActor | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  return actorForUser(getPrisma(), session.user.id);
}

/** For /beheer pages: the signed-in person, or a redirect to the sign-in page that comes back here. */
export async function requireActor(backTo: string): Promise<UserActor> {
  const actor = await currentActor();
  if (!actor)
    redirect(localePath(await beheerLocale(), `/beheer/inloggen?terug=${encodeURIComponent(safeBackPath(backTo))}`));
  return actor;
}

/** Only paths inside /beheer are followed after sign-in (no open redirect). */
export function safeBackPath(p: string | undefined | null): string {
  return p && p.length <= 1000 && /^\/beheer(\/[\w\-/%.]*)?(\?[\w=&%\-.,]*)?$/.test(p) && !p.includes("//")
    ? p
    : "/beheer";
}

export type BeheerLocale = "nl" | "en";
/** The member area speaks Dutch or English: the path's language (/en/beheer; proxy.ts sends other prefixes there). */
export async function beheerLocale(): Promise<BeheerLocale> {
  return (await getLocale()) === "en" ? "en" : "nl";
}

/** The start of every signed-in /beheer page: who, in which language, with which texts. */
export async function memberPage(path: string): Promise<{ actor: UserActor; locale: BeheerLocale; t: BeheerMessages }> {
  const actor = await requireActor(path);
  const locale = await beheerLocale();
  return { actor, locale, t: beheerMessages(locale) };
}
