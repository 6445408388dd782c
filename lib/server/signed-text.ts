import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { sessionSecret } from "../auth/auth";

// A message a form action sends back to its page in the URL (`?fout=<text>&fs=<signature>`). Signed, so the page
// shows only what one of our actions wrote: an unsigned `fout` let anyone's link put any text ("Uw account is
// geblokkeerd, bel 0900-…") in a red box on a member page.

const mac = (purpose: string, text: string) =>
  createHmac("sha256", sessionSecret()).update(`${purpose}\n${text}`).digest("base64url").slice(0, 22);

/** `fout=…&fs=…` for a redirect target. */
export const problemQuery = (text: string): string => `fout=${encodeURIComponent(text)}&fs=${mac("fout", text)}`;

/** The message, when the URL's `fout` is one of ours; null otherwise (also for the short codes such as `te-veel`,
 *  which pages read themselves). */
export function signedProblem(sp: Record<string, string | string[] | undefined>): string | null {
  const text = sp.fout,
    sig = sp.fs;
  if (typeof text !== "string" || typeof sig !== "string") return null;
  const want = Buffer.from(mac("fout", text));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got) ? text : null;
}
