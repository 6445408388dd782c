import { NextResponse, type NextRequest } from "next/server";

import { publicEnv } from "@/lib/env/public";
import { runtimeEnv } from "@/lib/env/runtime";
import { nonceCsp } from "@/lib/http/csp.mjs";
import { isUndecodablePath, undecodableTarget } from "@/lib/http/undecodable-path";
import { LOCALES } from "@/lib/i18n/messages";

// Remembers the reader's language without tracking: a link with ?lang= (the language switch, or any link the reader
// followed) stores just that language in the `taal` cookie — no identifier, nothing else. A later visit to a page
// without ?lang= is redirected to the remembered language (Dutch, the default, needs no redirect). The page's HTML
// then depends only on its URL, so a CDN may cache it by URL; only the redirect depends on the cookie.

export const LANG_COOKIE = "taal";
const YEAR = 60 * 60 * 24 * 365;
const isLocale = (v: string | undefined): v is (typeof LOCALES)[number] =>
  v !== undefined && (LOCALES as readonly string[]).includes(v);

/**
 * A server action posted from another site. Next.js refuses it too, but with a 500; this answers 403 before it gets
 * there. Same rule as Next's: the Origin's host must be the host the request was sent to.
 */
function crossOriginAction(req: NextRequest): boolean {
  if (req.method !== "POST" || !req.headers.has("next-action")) return false;
  const origin = req.headers.get("origin");
  if (!origin) return false; // Next.js checks a missing Origin itself (old browsers); nothing to compare here.
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** /beheer: a per-request CSP nonce (Next.js reads it from the request's CSP header and puts it on its scripts). */
function memberArea(req: NextRequest): NextResponse {
  if (crossOriginAction(req)) {
    return new NextResponse(
      "Dit formulier kwam van een andere website en is niet verwerkt. / This form came from another website and was not processed.",
      {
        status: 403,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      },
    );
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = nonceCsp(nonce, {
    tileUrl: publicEnv.NEXT_PUBLIC_TILE_URL,
    dev: runtimeEnv().NODE_ENV === "development",
  });
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const asked = req.nextUrl.searchParams.get("lang");
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", csp);
  if (asked === "nl" || asked === "en") {
    rememberLang(res, req, asked);
  }
  return res;
}

/** Remember the language the reader chose, for a year, on this site only (the pages read it, scripts cannot). */
function rememberLang(res: NextResponse, req: NextRequest, lang: string) {
  res.cookies.set(LANG_COOKIE, lang, {
    path: "/",
    maxAge: YEAR,
    sameSite: "lax",
    httpOnly: true,
    secure: req.nextUrl.protocol === "https:",
  });
}

/** The paths of the matcher below, but the percent one. */
const OWN_PATHS = /^\/(zoeken|locaties|organisaties|privacy|beheer)?(\/|$)/;

export function proxy(req: NextRequest): NextResponse {
  const path = req.nextUrl.pathname;
  if (isUndecodablePath(path)) return NextResponse.rewrite(new URL(undecodableTarget(path), req.url));
  // Other paths reach the proxy only through the percent matcher below and keep their own handling.
  if (!OWN_PATHS.test(path)) return NextResponse.next();
  if (path.startsWith("/beheer")) return memberArea(req);
  const asked = req.nextUrl.searchParams.get("lang") ?? undefined;
  const remembered = req.cookies.get(LANG_COOKIE)?.value;
  const prefetch = req.headers.has("next-router-prefetch") || req.headers.get("purpose") === "prefetch";
  if (isLocale(asked)) {
    const res = NextResponse.next();
    if (asked !== remembered && !prefetch) {
      rememberLang(res, req, asked);
    }
    return res;
  }
  if (isLocale(remembered) && remembered !== "nl" && req.method === "GET") {
    const url = req.nextUrl.clone();
    url.searchParams.set("lang", remembered);
    const res = NextResponse.redirect(url, 307);
    res.headers.set("cache-control", "private, no-store");
    res.headers.set("vary", "Cookie");
    return res;
  }
  return NextResponse.next();
}

export const config = {
  // The public pages and the member area: not the API, not Next's assets. And any path holding a percent escape, to
  // turn one that does not decode into a 404 (see lib/http/undecodable-path.ts).
  matcher: [
    "/",
    "/zoeken",
    "/locaties/:path*",
    "/organisaties/:path*",
    "/privacy",
    "/beheer",
    "/beheer/:path*",
    "/:path(.*%.*)",
  ],
};
