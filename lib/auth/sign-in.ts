import "server-only";

import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";

import { getPrisma } from "../db";
import { clientIp, countWrongPassword, hit, hitAll, LIMITS, mustWait } from "../rate-limit";
import { registrationUndecidedOrRejected } from "../server/workers/manage-workers";
import { getAuth } from "./auth";
import { demoLoginsAllowed, isDemoEmail } from "./demo";
import { sendPasswordLink } from "./password-link";

// The sign-in and "forgot password" steps behind the /beheer forms (app/[locale]/(beheer)/beheer/auth-actions.ts), given the
// request's headers: better-auth sets the session cookie through them. Answers never say whether an account exists.

export type SignInResult = "ok" | "wrong" | "too-many" | "demo";

export async function signInWithPassword(h: Headers, email: string, password: string): Promise<SignInResult> {
  const ip = clientIp(h);
  // Every attempt counts for the IP; wrong passwords slow down this account from this IP only (LOGIN_BACKOFF).
  if (!(await hit(LIMITS.loginPerIp, ip)).ok || (await mustWait(email, ip))) return "too-many";
  if (isDemoEmail(email) && !demoLoginsAllowed()) return "demo";
  let ok = false;
  if (!(await registrationUndecidedOrRejected(getPrisma(), email))) {
    try {
      await getAuth().api.signInEmail({ body: { email, password, rememberMe: true }, headers: h });
      ok = true;
    } catch {
      /* wrong email or password: same answer either way */
    }
  }
  if (!ok) {
    await countWrongPassword(email, ip);
    return "wrong";
  }
  // Signing in proves the address: later "forgot password" mails are reset mails, not invitations.
  await getPrisma().user.updateMany({ where: { email, emailVerified: false }, data: { emailVerified: true } });
  return "ok";
}

/**
 * The "forgot password" answer takes at least this long (ms). An account costs more work than an unknown address (a
 * token row, the mail rendered and handed over — sent without awaiting, but on the same event loop): ≈ 3–10 ms, enough
 * to tell over a few dozen tries which addresses have an account. Waiting out a fixed floor hides it.
 */
export const RESET_ANSWER_MS = 250;

/** "Forgot password": mails a link when the address may have one. "too-many" when the IP or address asked too often. */
export async function requestPasswordLink(h: Headers, email: string): Promise<"sent" | "too-many"> {
  const started = performance.now();
  try {
    const limit = await hitAll([
      [LIMITS.resetPerIp, clientIp(h)],
      [LIMITS.resetPerAccount, email || "-"],
    ]);
    if (!limit.ok) return "too-many";
    if (email && z.email().safeParse(email).success && !(isDemoEmail(email) && !demoLoginsAllowed()))
      await sendPasswordLink(email, h);
    return "sent";
  } finally {
    await sleep(Math.max(0, RESET_ANSWER_MS - (performance.now() - started)));
  }
}

/** Ends this request's session (nothing to do when there is none). */
export async function signOutSession(h: Headers): Promise<void> {
  try {
    await getAuth().api.signOut({ headers: h });
  } catch {
    /* already signed out */
  }
}

/** Sets a new password with a reset link's token (which ends every session); false when the token is expired or used. */
export async function resetPasswordWithToken(h: Headers, token: string, password: string): Promise<boolean> {
  try {
    await getAuth().api.resetPassword({ body: { token, newPassword: password }, headers: h });
    return true;
  } catch {
    return false; // expired or used token
  }
}
