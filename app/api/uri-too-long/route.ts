import { plainDocument } from "@/lib/http/plain-document";
import { translatorFor } from "@/lib/i18n/catalogs";
import { dirOf, LOCALE_HEADER, localeFrom, localePath } from "@/lib/i18n/locales";

// Where proxy.ts sends a page address too long to serve (lib/http/long-url.ts): 414 with a short page in the address's
// language. Next.js repeats a redirect's target (Location and Refresh) and a rewrite's (x-middleware-rewrite) in the
// answer's headers, so such an address made answers larger than clients accept (16 KiB: no answer at all).
export const dynamic = "force-dynamic";

function tooLong(req: Request): Response {
  const locale = localeFrom(req.headers.get(LOCALE_HEADER) ?? undefined);
  const t = translatorFor(locale, "common");
  const html = plainDocument({
    lang: locale,
    dir: dirOf(locale),
    title: t("uriTooLongTitle"),
    sections: [
      {
        lang: locale,
        dir: dirOf(locale),
        heading: t("uriTooLongTitle"),
        text: t("uriTooLongText"),
        link: { href: localePath(locale, "/"), label: t("startPage") },
      },
    ],
  });
  return new Response(req.method === "HEAD" ? null : html, {
    status: 414,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export {
  tooLong as DELETE,
  tooLong as GET,
  tooLong as HEAD,
  tooLong as OPTIONS,
  tooLong as PATCH,
  tooLong as POST,
  tooLong as PUT,
};
