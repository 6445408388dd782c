import { NextResponse, type NextRequest } from "next/server";

import { publicEnv } from "@/lib/env/public";
import { runtimeEnv } from "@/lib/env/runtime";
import { nonceCsp } from "@/lib/http/csp.mjs";
import { isTooLong } from "@/lib/http/long-url";
import { isUndecodablePath, undecodableTarget } from "@/lib/http/undecodable-path";
import { PATH_HEADER } from "@/lib/i18n/alternates";
import {
  DEFAULT_LOCALE,
  isLocale,
  isMemberLocale,
  LOCALE_COOKIE,
  LOCALE_HEADER,
  localePath,
  splitLocale,
  type Locale,
} from "@/lib/i18n/locales";

// Every page's language comes from its path: Dutch at the root (/zoeken), other languages under a prefix
// (/en/zoeken). Inside, every page lives under app/[locale]: an unprefixed path is rewritten to /nl/…, and the
// language goes to the pages in a request header (lib/i18n/request.ts reads it). The page's HTML depends only on its
// URL, so a CDN may cache it by URL; only these redirects depend on anything else:
// - `?lang=xx` (old links, printed QR codes): 308 to the same page under /xx, the rest of the query kept.
// - `/nl/…` (the language switch's Dutch link): to the unprefixed path, remembering Dutch.
// - an unprefixed page with `taal=xx` remembered: 307 to /xx/… (a reader who chose English stays in English).
// The `taal` cookie holds only the language code, is set when a reader opens a page in another language than the
// remembered one, and is never read by scripts. The referral sheet neither sets nor follows it: its language is the
// client's, named by its link (unprefixed: Dutch), not the reader's — a worker who prints a sheet in Arabic keeps
// their own language, and a Dutch sheet stays Dutch for a reader who chose English.

const YEAR = 60 * 60 * 24 * 365;
const isPrefetch = (req: NextRequest) =>
  req.headers.has("next-router-prefetch") || req.headers.get("purpose") === "prefetch";

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

const refusedCrossOrigin = () =>
  new NextResponse(
    "Dit formulier kwam van een andere website en is niet verwerkt. / This form came from another website and was not processed.",
    { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } },
  );

/**
 * A redirect within the site. Next.js wants an absolute Location from a proxy and turns one on the request's own
 * origin back into a relative one (`Location: /en/zoeken`), so the reader's browser stays on the address it used and
 * nothing absolute is built from the request's Host.
 */
function redirectTo(req: NextRequest, location: string, status: 307 | 308, cacheable: boolean): NextResponse {
  const res = NextResponse.redirect(new URL(location, req.nextUrl.origin), status);
  res.headers.set("cache-control", cacheable ? "public, max-age=86400" : "private, no-store");
  if (!cacheable) res.headers.set("vary", "Cookie");
  return res;
}

/** Remember the language the reader chose, for a year, on this site only (the pages read it, scripts cannot). */
function remember(res: NextResponse, req: NextRequest, locale: Locale) {
  res.cookies.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: YEAR,
    sameSite: "lax",
    httpOnly: true,
    secure: req.nextUrl.protocol === "https:",
  });
}

/** A query part's key as URLSearchParams reads it (`%6Cang` is `lang`), or null when it does not decode. */
function queryKey(part: string): string | null {
  try {
    return decodeURIComponent(part.split("=", 1)[0]!.replaceAll("+", " "));
  } catch {
    return null;
  }
}

/** The query without `lang`, as `?…` or nothing; the other parameters exactly as they were written (a printed
 *  sheet's `services=a,b` keeps its commas). */
function queryWithoutLang(req: NextRequest): string {
  const q = req.nextUrl.search
    .slice(1)
    .split("&")
    .filter((part) => part !== "" && queryKey(part) !== "lang")
    .join("&");
  return q ? `?${q}` : "";
}

/** The member area's per-request CSP nonce (Next.js reads it from the request's CSP header, puts it on its scripts). */
function memberHeaders(headers: Headers): string {
  const nonce = btoa(crypto.randomUUID());
  const csp = nonceCsp(nonce, {
    tileUrl: publicEnv.NEXT_PUBLIC_TILE_URL,
    dev: runtimeEnv().NODE_ENV === "development",
  });
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  return csp;
}

export function proxy(req: NextRequest): NextResponse {
  const path = req.nextUrl.pathname;
  if (isUndecodablePath(path)) {
    const { locale, rest } = splitLocale(path);
    const target = undecodableTarget(rest);
    return NextResponse.rewrite(
      new URL(target.startsWith("/api") ? target : `/${locale ?? DEFAULT_LOCALE}${target}`, req.url),
    );
  }
  if (/^\/(api|b)(\/|$)/.test(path)) return NextResponse.next();
  const { locale: prefix, rest } = splitLocale(path);
  if (isTooLong(`${path}${req.nextUrl.search}`)) {
    const headers = new Headers(req.headers);
    headers.set(LOCALE_HEADER, prefix ?? DEFAULT_LOCALE);
    return NextResponse.rewrite(new URL("/api/uri-too-long", req.url), { request: { headers } });
  }
  const asked = req.nextUrl.searchParams.get("lang");
  if (isLocale(asked))
    return redirectTo(req, `/${asked}${rest === "/" ? "" : rest}${queryWithoutLang(req)}`, 308, true);
  const remembers = rest !== "/verwijsbrief";
  if (prefix === DEFAULT_LOCALE) {
    const res = redirectTo(req, `${rest}${req.nextUrl.search}`, 307, false);
    if (remembers) remember(res, req, DEFAULT_LOCALE);
    return res;
  }
  const remembered = req.cookies.get(LOCALE_COOKIE)?.value;
  if (
    !prefix &&
    remembers &&
    isLocale(remembered) &&
    remembered !== DEFAULT_LOCALE &&
    req.method === "GET" &&
    !isPrefetch(req)
  ) {
    return redirectTo(req, `${localePath(remembered, rest)}${req.nextUrl.search}`, 307, false);
  }
  const locale = prefix ?? DEFAULT_LOCALE;
  const member = rest === "/beheer" || rest.startsWith("/beheer/");
  // The member area speaks Dutch and English: a member who reads Turkish gets English rather than a 404.
  if (member && !isMemberLocale(locale))
    return redirectTo(req, `${localePath("en", rest)}${req.nextUrl.search}`, 307, true);
  if (member && crossOriginAction(req)) return refusedCrossOrigin();
  const headers = new Headers(req.headers);
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, `${rest}${queryWithoutLang(req)}`);
  const csp = member ? memberHeaders(headers) : null;
  const res = prefix
    ? NextResponse.next({ request: { headers } })
    : NextResponse.rewrite(new URL(`/${DEFAULT_LOCALE}${path === "/" ? "" : path}${req.nextUrl.search}`, req.url), {
        request: { headers },
      });
  if (csp) res.headers.set("content-security-policy", csp);
  if (prefix && remembers && remembered !== prefix && !isPrefetch(req)) remember(res, req, prefix);
  return res;
}

export const config = {
  // Every page (not Next's assets, the API or short links); and any path holding a percent escape, to turn one that
  // does not decode into a 404 (see lib/http/undecodable-path.ts).
  matcher: ["/((?!_next/|api/|api$|b/).*)", "/:path(.*%.*)"],
};
