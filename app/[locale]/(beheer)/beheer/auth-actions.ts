"use server";

import { headers } from "next/headers";
import { z } from "zod";

import { safeBackPath } from "@/lib/auth/session";
import { requestPasswordLink, resetPasswordWithToken, signInWithPassword, signOutSession } from "@/lib/auth/sign-in";
import { fields, str } from "@/lib/forms/read-form";
import { redirectInLocale } from "@/lib/i18n/redirect-in-locale";

// Sign-in, sign-out and password reset as server actions: plain <form>s that work without JavaScript. Next.js
// refuses a server action whose Origin differs from the host (CSRF). Messages never say whether an account exists.
// The steps themselves are lib/auth/sign-in.ts's; a failure goes back as a code (`?fout=1`, `te-veel`, `link`, …)
// that the page turns into its own words.

const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().max(200),
  terug: z.string().max(300).optional(),
});

export async function signIn(form: FormData): Promise<void> {
  const parsed = ZSignIn.safeParse(fields(form));
  const back = safeBackPath(parsed.success ? parsed.data.terug : undefined);
  const again = (code: string) => redirectInLocale(`/beheer/inloggen?fout=${code}&terug=${encodeURIComponent(back)}`);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return again("1");
  const { email, password } = parsed.data;
  const result = await signInWithPassword(await headers(), email, password);
  if (result === "too-many") return again("te-veel");
  if (result === "demo") return again("demo");
  if (result === "wrong") return again("1");
  return redirectInLocale(back);
}

export async function signOut(): Promise<void> {
  await signOutSession(await headers());
  return redirectInLocale("/beheer/inloggen");
}

export async function requestReset(form: FormData): Promise<void> {
  const email = z.string().trim().toLowerCase().max(200).catch("").parse(str(form, "email"));
  if ((await requestPasswordLink(await headers(), email)) === "too-many")
    return redirectInLocale("/beheer/wachtwoord-vergeten?fout=te-veel");
  return redirectInLocale("/beheer/wachtwoord-vergeten?verstuurd=1");
}

const ZReset = z.object({
  token: z.string().min(10).max(200),
  password: z.string().max(200),
  repeat: z.string().max(200),
});

export async function resetPassword(form: FormData): Promise<void> {
  const parsed = ZReset.safeParse(fields(form));
  if (!parsed.success) return redirectInLocale("/beheer/wachtwoord-nieuw?fout=link");
  const { token, password, repeat } = parsed.data;
  const again = (code: string) =>
    redirectInLocale(`/beheer/wachtwoord-nieuw?token=${encodeURIComponent(token)}&fout=${code}`);
  if (password.length < 10) return again("kort");
  if (password !== repeat) return again("anders");
  if (!(await resetPasswordWithToken(await headers(), token, password))) return again("link");
  return redirectInLocale("/beheer/inloggen?reset=1");
}
