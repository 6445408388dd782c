import "server-only";

import { headers as requestHeaders } from "next/headers";

import { getPrisma } from "../db";
import { registrationUndecidedOrRejected } from "../server/workers/manage-workers";
import { getAuth } from "./auth";

/**
 * Mails a link to choose a password: better-auth's reset flow, which is also the invitation for someone who never
 * signed in (the mail text differs, see auth.ts). Never throws: a mail failure is logged, the caller's answer stays
 * the same (no account enumeration). A worker registration that waits for a moderator or was turned down gets no link:
 * choosing a password that way would sign in an account nobody approved.
 */
export async function sendPasswordLink(email: string, h?: Headers): Promise<void> {
  try {
    if (await registrationUndecidedOrRejected(getPrisma(), email)) return;
    await getAuth().api.requestPasswordReset({ body: { email }, headers: h ?? (await requestHeaders()) });
  } catch (e) {
    console.error("[auth] password link mail failed", e);
  }
}
