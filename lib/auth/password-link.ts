import "server-only";
import { headers } from "next/headers";
import { getAuth } from "./auth";

/**
 * Mails a link to choose a password: better-auth's reset flow, which is also the invitation for someone who never
 * signed in (the mail text differs, see auth.ts). Never throws: a mail failure is logged, the caller's answer stays
 * the same (no account enumeration).
 */
export async function sendPasswordLink(email: string): Promise<void> {
  try {
    await getAuth().api.requestPasswordReset({ body: { email }, headers: await headers() });
  } catch (e) {
    console.error("[auth] password link mail failed", e);
  }
}
