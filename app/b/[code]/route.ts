import { ProblemError, problemResponse } from "@/lib/http/problem";
import { localeFrom, localePath } from "@/lib/i18n/locales";
import { followSheetLink } from "@/lib/server/referral/sheet";

import { shortLinkNotFoundHtml } from "./not-found-html";

export const dynamic = "force-dynamic";

/** A client that asks for JSON (and not for HTML) gets problem+json; a browser, curl or no Accept at all gets a page. */
const wantsJson = (accept: string | null) =>
  /application\/(?:problem\+)?json/i.test(accept ?? "") && !/text\/html/i.test(accept ?? "");

// /b/<code>: a referral sheet's short link (printed under its QR code) → the sheet itself.
export async function GET(req: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const link = /^[2-9a-z]{8,20}$/.test(code) ? await followSheetLink(code) : null;
  if (!link) {
    const accept = req.headers.get("accept");
    const res = wantsJson(accept)
      ? problemResponse(
          new ProblemError(
            404,
            "Unknown link",
            "This referral sheet link does not exist. Check the letters, or ask for a new sheet.",
          ),
          new URL(req.url).pathname,
        )
      : new Response(shortLinkNotFoundHtml(), {
          status: 404,
          headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
        });
    res.headers.set("vary", "Accept");
    return res;
  }
  const target = new URL(
    localePath(localeFrom(link.lang), `/verwijsbrief?services=${link.services.join(",")}`),
    req.url,
  );
  return new Response(null, {
    status: 308,
    headers: { location: target.pathname + target.search, "cache-control": "public, max-age=86400, immutable" },
  });
}
